"""Demo pictures drawn locally with Pillow: layered landscapes per motif, so nothing is downloaded.

Each picture is deterministic for a given (motif, seed): re-running the demo gives identical files.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1920, 1080

PALETTES: dict[str, dict[str, list[str]]] = {
    "lavender": {
        "sky": ["#f6c28b", "#f3a683", "#c3a6d8"],
        "layers": ["#b9a3c9", "#8f6fb0", "#6d4c93", "#4b2f6e"],
        "sun": ["#fff2c6"],
    },
    "mountains": {
        "sky": ["#9cc9e6", "#cfe6f2", "#eef6fa"],
        "layers": ["#a7b9c7", "#6f8ca3", "#3f6177", "#1f3b4d"],
        "sun": ["#ffffff"],
    },
    "sea": {
        "sky": ["#8ed1f0", "#bfe6f5", "#fbe8c8"],
        "layers": ["#7aa6b8", "#3f7f94", "#1f6f8b", "#0b4f6c"],
        "sun": ["#fff5d6"],
    },
    "village": {
        "sky": ["#f9d9a6", "#f6b98a", "#e99b6a"],
        "layers": ["#d9a76a", "#b9773f", "#8c5a2b", "#5e3b1c"],
        "sun": ["#fff1c1"],
    },
    "forest": {
        "sky": ["#cfe8d6", "#e7f3dd", "#f7f1d5"],
        "layers": ["#8fb996", "#5e8f64", "#3b6b45", "#1f4a2c"],
        "sun": ["#fffbe0"],
    },
}


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def _sky(top: str, middle: str, bottom: str) -> Image.Image:
    column = Image.new("RGB", (1, HEIGHT))
    stops = [(0.0, _hex(top)), (0.55, _hex(middle)), (1.0, _hex(bottom))]
    for y in range(HEIGHT):
        t = y / (HEIGHT - 1)
        for (t0, c0), (t1, c1) in zip(stops, stops[1:], strict=False):
            if t0 <= t <= t1:
                f = (t - t0) / (t1 - t0)
                column.putpixel((0, y), tuple(int(a + (b - a) * f) for a, b in zip(c0, c1, strict=True)))
                break
    return column.resize((WIDTH, HEIGHT))


def _ridge(rng: random.Random, base: float, amplitude: float, roughness: float, sharp: bool) -> list[tuple[float, float]]:
    points = []
    phase = [rng.uniform(0, math.tau) for _ in range(4)]
    freqs = [rng.uniform(0.8, 1.6), rng.uniform(2, 3.5), rng.uniform(5, 8), rng.uniform(11, 17)]
    for i in range(0, WIDTH + 41, 40):
        x = i / WIDTH
        y = sum(
            math.sin(x * f * math.tau + p) / (k + 1) ** (1.2 if sharp else 1.6)
            for k, (f, p) in enumerate(zip(freqs, phase, strict=True))
        )
        if sharp:
            y = abs(y) * 1.6 - 0.4
        points.append((i, HEIGHT * base - y * amplitude * HEIGHT + rng.uniform(-roughness, roughness)))
    return points


def draw_landscape(motif: str, seed: int) -> Image.Image:
    palette = PALETTES.get(motif, PALETTES["lavender"])
    rng = random.Random(f"{motif}:{seed}")
    image = _sky(*palette["sky"])
    draw = ImageDraw.Draw(image, "RGBA")
    sun_x, sun_y, r = rng.randint(300, WIDTH - 300), rng.randint(180, 380), rng.randint(70, 120)
    draw.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=(*_hex(palette["sun"][0]), 230))
    sharp = motif == "mountains"
    for depth, colour in enumerate(palette["layers"]):
        base = 0.48 + depth * 0.13
        ridge = _ridge(rng, base, 0.12 if sharp else 0.06, 4 + depth * 3, sharp and depth < 2)
        draw.polygon([*ridge, (WIDTH, HEIGHT), (0, HEIGHT)], fill=_hex(colour))
        if sharp and depth == 0:
            # snow caps on the farthest range
            for x, y in ridge:
                if y < HEIGHT * 0.42:
                    draw.polygon([(x - 40, y + 38), (x, y), (x + 40, y + 38)], fill=(255, 255, 255, 200))
    if motif == "lavender":
        for row in range(14):
            y = HEIGHT * 0.78 + row * 18
            draw.line([(0, y + row * 4), (WIDTH, y - 40 + row * 10)], fill=(120, 80, 170, 160), width=6 + row)
    if motif == "sea":
        for row in range(10):
            y = HEIGHT * 0.8 + row * 22
            draw.line([(0, y), (WIDTH, y + rng.randint(-6, 6))], fill=(255, 255, 255, 60), width=2)
    if motif == "village":
        for _ in range(16):
            x = rng.randint(500, 1400)
            y = int(HEIGHT * 0.55) + rng.randint(-40, 40)
            w, h = rng.randint(40, 90), rng.randint(40, 80)
            draw.rectangle((x, y, x + w, y + h), fill=(238, 214, 178, 255))
            draw.polygon([(x - 6, y), (x + w / 2, y - 24), (x + w + 6, y)], fill=(178, 84, 52, 255))
    if motif == "forest":
        for _ in range(60):
            x = rng.randint(0, WIDTH)
            y = int(HEIGHT * rng.uniform(0.7, 0.95))
            h = rng.randint(60, 160)
            draw.polygon([(x, y - h), (x - h / 4, y), (x + h / 4, y)], fill=(24, 64, 36, 230))
    return image.filter(ImageFilter.GaussianBlur(0.6))


def landscape_jpeg(motif: str, seed: int, quality: int = 82) -> bytes:
    buffer = io.BytesIO()
    draw_landscape(motif, seed).save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()
