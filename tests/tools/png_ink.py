#!/usr/bin/env python3
"""Prints the share of pixels in a PNG that are not (near) white: 0.0 for a blank page.

    png_ink.py FILE                        ink over the whole image
    png_ink.py FILE --region L,T,R,B       ink inside a rectangle (CSS pixels of the screenshot)
    png_ink.py FILE --colour               only coloured pixels (a chart's bars), not grey text
    png_ink.py FILE --size                 the image's width and height

Only what Chromium's screenshots use: 8-bit RGB or RGBA, not interlaced. Standard library only.
"""
import argparse
import struct
import zlib


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def rows(path):
    """Yields (width, height) first, then each row as a bytearray of RGB(A) pixels."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit(f"{path}: unsupported PNG layout")
    bpp = 3 if colour == 2 else 4
    yield width, height, bpp
    raw = zlib.decompress(idat)
    stride = width * bpp
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            up_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + paeth(left, up, up_left)) & 0xFF
        yield line
        previous = line


def ink(path, region=None, colour=False):
    it = rows(path)
    width, height, bpp = next(it)
    left, top, right, bottom = region or (0, 0, width, height)
    left, top = max(0, left), max(0, top)
    right, bottom = min(width, right), min(height, bottom)
    if right <= left or bottom <= top:
        raise SystemExit(f"{path}: the region lies outside the {width}x{height} image")
    inked = 0
    for y, line in enumerate(it):
        if y >= bottom:
            break
        if y < top:
            continue
        for x in range(left * bpp, right * bpp, bpp):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if colour:
                # Bars are coloured; text and rules are grey (all channels close together).
                inked += max(r, g, b) - min(r, g, b) > 40
            else:
                inked += min(r, g, b) < 200
    return inked / ((right - left) * (bottom - top))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("png")
    parser.add_argument("--region", help="L,T,R,B in pixels")
    parser.add_argument("--colour", action="store_true", help="count coloured pixels only")
    parser.add_argument("--size", action="store_true", help="print WIDTH HEIGHT")
    args = parser.parse_args()
    if args.size:
        width, height, _ = next(rows(args.png))
        print(width, height)
        return
    region = tuple(int(float(v)) for v in args.region.split(",")) if args.region else None
    print(f"{ink(args.png, region, args.colour):.4f}")


if __name__ == "__main__":
    main()
