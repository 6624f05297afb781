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
        "sky": ["#5fb2e0", "#a9dcf2", "#f7e6cc"],
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


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], f: float) -> tuple[int, int, int]:
    return tuple(int(x + (y - x) * f) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _umbrella_pine(draw: ImageDraw.ImageDraw, x: float, y: float, size: float, colour) -> None:
    draw.line([(x, y), (x + size * 0.08, y - size)], fill=(62, 44, 30, 255), width=max(3, int(size / 14)))
    top = y - size
    draw.ellipse((x - size * 0.55, top - size * 0.22, x + size * 0.65, top + size * 0.12), fill=colour)
    draw.ellipse((x - size * 0.25, top - size * 0.34, x + size * 0.4, top - size * 0.02), fill=colour)


def _draw_sea(rng: random.Random, palette: dict[str, list[str]]) -> Image.Image:
    """Riviera: a horizon with faint mountains, the sea with sun glitter, a headland and its village, a beach."""
    image = _sky(*palette["sky"])
    draw = ImageDraw.Draw(image, "RGBA")
    horizon = int(HEIGHT * rng.uniform(0.48, 0.54))
    flip = rng.random() < 0.5
    sun_x = rng.randint(int(WIDTH * 0.55), int(WIDTH * 0.8))
    if flip:
        sun_x = WIDTH - sun_x
    sun_y, r = rng.randint(170, 300), rng.randint(60, 90)
    for k in range(6, 0, -1):  # soft glow
        draw.ellipse((sun_x - r - k * 22, sun_y - r - k * 22, sun_x + r + k * 22, sun_y + r + k * 22), fill=(255, 245, 214, 14))
    draw.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=(*_hex(palette["sun"][0]), 255))
    # faint mountains on the horizon (the Alps falling into the sea)
    far = _ridge(rng, horizon / HEIGHT - 0.005, 0.05, 3, True)
    far = [(x, min(y, horizon)) for x, y in far]
    draw.polygon([*far, (WIDTH, horizon), (0, horizon)], fill=(150, 186, 204, 255))
    # the sea: a vertical gradient, drawn in bands
    near, deep = _hex("#5fb4cf"), _hex("#0b4f74")
    for y in range(horizon, HEIGHT, 4):
        f = (y - horizon) / (HEIGHT - horizon)
        draw.rectangle((0, y, WIDTH, y + 4), fill=_mix(near, deep, f ** 0.8))
    # sun glitter and swell lines
    for _ in range(140):
        y = rng.uniform(horizon + 4, HEIGHT)
        f = (y - horizon) / (HEIGHT - horizon)
        spread = 40 + f * 380
        x = sun_x + rng.gauss(0, spread / 2)
        length = rng.uniform(10, 40) * (0.5 + f * 2)
        draw.line([(x - length / 2, y), (x + length / 2, y)], fill=(255, 246, 220, int(200 * (1 - f * 0.6))), width=max(1, int(1 + f * 3)))
    for _ in range(90):
        y = rng.uniform(horizon + 10, HEIGHT)
        f = (y - horizon) / (HEIGHT - horizon)
        x = rng.uniform(0, WIDTH)
        length = rng.uniform(20, 80) * (0.4 + f * 2)
        draw.line([(x, y), (x + length, y)], fill=(255, 255, 255, int(40 + 40 * f)), width=max(1, int(f * 3)))
    # the headland: a green hill falling to the sea, with rocks at its foot
    side = -1 if flip else 1  # +1: headland on the left
    def sx(x: float) -> float:
        return x if side == 1 else WIDTH - x
    tip = WIDTH * rng.uniform(0.36, 0.46)
    points = []
    steps = 48
    for i in range(steps + 1):
        t = i / steps
        x = t * tip
        crest = HEIGHT * (0.30 + 0.24 * t ** 1.6) + math.sin(t * 9 + rng.random()) * 12
        points.append((sx(x), crest))
    def shore(t: float) -> float:  # waterline under the headland, t = 0 (image edge) … 1 (tip)
        return horizon + 16 + (1 - t) ** 1.3 * HEIGHT * 0.085 + math.sin(t * 23) * 5

    base = [(sx(tip * t), shore(t)) for t in (i / 24 for i in range(24, -1, -1))]
    draw.polygon([*points, *base], fill=_hex("#5e7f45"))
    shade = [(x, y + (HEIGHT * 0.05) * (1 - i / steps)) for i, (x, y) in enumerate(points)]
    draw.polygon([*shade, *base], fill=_hex("#4a6b3c"))
    cliff = [(x, y - 22 - 10 * math.sin(i)) for i, (x, y) in enumerate(base)]
    draw.polygon([*cliff, *reversed(base)], fill=_hex("#a98f70"))
    # rocks at the waterline
    for _ in range(26):
        t = rng.uniform(0.05, 1.0)
        x = sx(tip * t)
        y = shore(t) - 4 + rng.uniform(-4, 4)
        w, h = rng.uniform(30, 90), rng.uniform(16, 40)
        draw.polygon([(x - w / 2, y + h / 2), (x - w / 4, y - h / 2), (x + w / 3, y - h / 3), (x + w / 2, y + h / 2)], fill=_hex(rng.choice(["#b89a78", "#9c7f62", "#c9ad88"])))
        draw.line([(x - w / 2 - 10, y + h / 2 + 3), (x + w / 2 + 10, y + h / 2 + 3)], fill=(255, 255, 255, 150), width=3)
    # the perched village on the crest
    village_x = tip * rng.uniform(0.35, 0.55)
    for _ in range(22):
        x = village_x + rng.uniform(-150, 150)
        t = max(0.0, min(1.0, x / tip))
        crest = HEIGHT * (0.30 + 0.24 * t ** 1.6)
        y = crest + rng.uniform(8, 60)
        w, h = rng.uniform(34, 70), rng.uniform(30, 60)
        wall = rng.choice(["#f1d7b0", "#e9b98f", "#f4e2c4", "#e7a77e", "#f6cfa0"])
        wx0, wx1 = sorted((sx(x), sx(x) + w * side))
        draw.rectangle((wx0, y, wx1, y + h), fill=_hex(wall))
        x0, x1 = sorted((sx(x) - 5 * side, sx(x) + (w + 5) * side))
        draw.polygon([(x0, y), ((x0 + x1) / 2, y - 16), (x1, y)], fill=_hex("#b5553a"))
        for wx in range(1, int(w // 18) + 1):
            cx = sx(x) + wx * 16 * side
            draw.rectangle((min(cx, cx + 6 * side), y + h * 0.35, max(cx, cx + 6 * side), y + h * 0.35 + 9), fill=_hex("#5b4636"))
    tower_x = sx(village_x)
    tower_y = HEIGHT * (0.30 + 0.24 * (village_x / tip) ** 1.6) - 50
    draw.rectangle((tower_x - 18, tower_y, tower_x + 18, tower_y + 90), fill=_hex("#ecc9a0"))
    draw.polygon([(tower_x - 22, tower_y), (tower_x, tower_y - 34), (tower_x + 22, tower_y)], fill=_hex("#a94c33"))
    # umbrella pines on the slope
    for _ in range(18):
        t = rng.uniform(0.0, 0.9)
        x = tip * t
        crest = HEIGHT * (0.30 + 0.24 * t ** 1.6)
        _umbrella_pine(draw, sx(x), crest + rng.uniform(30, 160), rng.uniform(50, 110), (*_hex(rng.choice(["#2f5a2c", "#355f31", "#294d27"])), 255))
    # the beach in the foreground, on the other side
    bx0 = WIDTH * rng.uniform(0.45, 0.6)
    beach = []
    for i in range(0, 33):
        t = i / 32
        x = bx0 + (WIDTH - bx0) * t
        y = HEIGHT * (0.98 - 0.2 * math.sin(t * math.pi / 2) ** 1.4)
        beach.append((sx(x), y))
    draw.polygon([*beach, (sx(WIDTH), HEIGHT), (sx(bx0), HEIGHT)], fill=_hex("#ecd3a2"))
    foam = [(x, y - 4) for x, y in beach]
    draw.line(foam, fill=(255, 255, 255, 210), width=7)
    draw.line([(x, y - 16) for x, y in beach], fill=(255, 255, 255, 90), width=3)
    # a couple of sails
    for _ in range(rng.randint(1, 3)):
        x = sx(rng.uniform(tip + 120, WIDTH * 0.92))
        y = horizon + rng.uniform(25, 110)
        s = rng.uniform(16, 30) * (0.6 + (y - horizon) / 150)
        draw.polygon([(x, y - s * 1.6), (x, y), (x + s, y)], fill=(255, 255, 255, 240))
        draw.polygon([(x - s * 0.4, y + 2), (x + s * 1.1, y + 2), (x + s * 0.9, y + s * 0.3), (x - s * 0.2, y + s * 0.3)], fill=(120, 60, 40, 255))
    return image.filter(ImageFilter.SMOOTH)  # light anti-aliasing, much faster than a Gaussian blur


def draw_landscape(motif: str, seed: int) -> Image.Image:
    palette = PALETTES.get(motif, PALETTES["lavender"])
    rng = random.Random(f"{motif}:{seed}")  # noqa: S311 - deterministic pictures, not cryptography
    if motif == "sea":
        return _draw_sea(rng, palette)
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
    return image.filter(ImageFilter.SMOOTH)  # light anti-aliasing, much faster than a Gaussian blur


def landscape_jpeg(motif: str, seed: int, quality: int = 82) -> bytes:
    buffer = io.BytesIO()
    draw_landscape(motif, seed).save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()
