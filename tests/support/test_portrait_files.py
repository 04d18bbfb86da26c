"""Portrait files: what comes in, what is stored, and what is refused (with the file named)."""

from __future__ import annotations

import io
import os
import struct
import zlib

import pytest
from PIL import Image

from heroviewer.support.portrait_files import PortraitError, prepare_portrait


def write_jpeg(path, size=(400, 300), orientation: int | None = None, colour=(200, 30, 30)):
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def png_header_only(path, width: int, height: int):
    """A tiny PNG file that claims to be ``width`` × ``height`` (a pixel bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    data += chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def test_a_rotated_photo_is_stored_upright_as_a_jpeg(tmp_path):
    photo = write_jpeg(tmp_path / "scan.jpg", (400, 300), orientation=6)  # turned 90°
    prepared = prepare_portrait(photo)
    assert (prepared.width, prepared.height) == (300, 400)
    stored = Image.open(io.BytesIO(prepared.image))
    assert stored.format == "JPEG" and stored.mode == "RGB" and stored.size == (300, 400)
    assert max(Image.open(io.BytesIO(prepared.thumbnail)).size) <= 480
    assert prepared.original_name == "scan.jpg"


def test_a_large_photo_is_scaled_to_1600_pixels_and_can_be_cropped_to_the_card(tmp_path):
    photo = write_jpeg(tmp_path / "big.jpg", (4000, 3000))
    assert (prepare_portrait(photo).width, prepare_portrait(photo).height) == (1600, 1200)
    cropped = prepare_portrait(photo, crop_to_card=True)
    assert cropped.height == 1600 and abs(cropped.width / cropped.height - 3 / 4) < 0.01


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF", "BMP", "GIF"])
def test_every_accepted_format_is_read(tmp_path, fmt):
    path = tmp_path / f"portrait.{fmt.lower()}"
    image = Image.new("RGBA" if fmt == "PNG" else "RGB", (120, 160), (10, 120, 200, 255))
    image.save(path, fmt)
    prepared = prepare_portrait(path)
    assert (prepared.width, prepared.height) == (120, 160)


def test_a_cmyk_image_is_converted_to_rgb(tmp_path):
    path = tmp_path / "print.jpg"
    Image.new("CMYK", (100, 100), (0, 255, 255, 0)).save(path, "JPEG")
    stored = Image.open(io.BytesIO(prepare_portrait(path).image))
    assert stored.mode == "RGB"
    red, green, blue = stored.getpixel((50, 50))
    assert red > 200 and green < 60 and blue < 60


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("not a picture"), "not an image that can be read"),
        (lambda p: p.write_bytes(b""), "not an image that can be read"),
        (lambda p: png_header_only(p, 30_000, 30_000), "at most 60 megapixels"),
        (lambda p: png_header_only(p, 9_000, 9_000), "9000 × 9000 pixels"),
        (lambda p: png_header_only(p, 100_000, 100_000), "too many pixels"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path, make, reason):
    path = tmp_path / "bad.png"
    make(path)
    with pytest.raises(PortraitError) as caught:
        prepare_portrait(path)
    assert str(caught.value).startswith(str(path))
    assert reason in str(caught.value)


def test_a_truncated_jpeg_is_refused(tmp_path):
    whole = write_jpeg(tmp_path / "whole.jpg", (800, 600)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PortraitError, match="damaged or incomplete"):
        prepare_portrait(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_before_it_is_read(tmp_path):
    fifo = tmp_path / "scan.jpg"
    os.mkfifo(fifo)
    with pytest.raises(PortraitError, match="is a named pipe") as caught:
        prepare_portrait(fifo)
    assert str(caught.value).startswith(str(fifo))
