"""Generated feedback files for benchmarks: several languages, realistic columns.

    python benchmarks/datagen.py 100000 out.csv      (or out.xlsx)
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

HEADERS = [
    "Review ID",
    "Date",
    "How likely are you to recommend us to a friend? (0-10)",
    "Comment",
    "Source",
    "Email",
    "Country",
    "Product",
]

COMMENTS = [
    "Fast delivery and friendly support, thank you!",
    "The price was too high for what I got.",
    "Schnelle Lieferung, aber die Verpackung war beschädigt.",
    "Il servizio clienti è stato molto gentile e veloce.",
    "Pengiriman cepat, tapi ukurannya tidak sesuai.",
    "Ürün güzel ama kargo çok geç geldi, iade süreci zor.",
    "고객서비스도 친절하고 배송도 빨랐어요.",
    "배송이 너무 늦어요. 환불 요청합니다.",
    "Great app, but the checkout keeps failing on my phone.",
    "Kundenservice war nicht erreichbar, sehr enttäuschend.",
]
SOURCES = ["Amazon", "Google", "Trustpilot", "Tripadvisor", "Support desk", "Survey"]
COUNTRIES = ["DE", "IT", "ID", "TR", "KR", "GB", "US"]
PRODUCTS = ["Basic plan", "Pro plan", "Starter kit", "Gift card"]
SCORE_WEIGHTS = [3, 2, 2, 3, 3, 5, 6, 9, 12, 20, 35]  # skewed towards promoters, like real data


def rows(count: int, seed: int = 7):
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    scores = rng.choices(range(11), weights=SCORE_WEIGHTS, k=count)
    for i in range(count):
        yield [
            f"R{i:08d}",
            start + timedelta(days=rng.randrange(700)),
            scores[i],
            f"{rng.choice(COMMENTS)} #{i}",
            rng.choice(SOURCES),
            f"customer{rng.randrange(count // 3 + 1)}@example.com",
            rng.choice(COUNTRIES),
            rng.choice(PRODUCTS),
        ]


def write_csv(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for row in rows(count):
            row[1] = row[1].isoformat()
            writer.writerow(row)
    return path


def write_xlsx(path: Path, count: int) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Feedback")
    sheet.append(HEADERS)
    for row in rows(count):
        sheet.append(row)
    workbook.save(path)
    return path


def ensure(path: Path, count: int) -> Path:
    """Generate `path` once; later runs reuse it."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        (write_xlsx if path.suffix == ".xlsx" else write_csv)(path, count)
    return path


if __name__ == "__main__":
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    (write_xlsx if out.suffix == ".xlsx" else write_csv)(out, n)
    print(out)
