"""Language: English known from its function words without loading a model; others by model."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from index.ingest import detect_language


def test_english_article_is_recognised_without_loading_the_model():
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from index.ingest import parse_article\n"
        "p = Path('seeds/001_0ff04de9ad6f123d.txt')\n"
        "print(parse_article(p.name, p.name, p.read_text('utf-8')).language, "
        "'py3langid' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.split() == ["en", "False"], done.stderr


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le président de la République a déclaré que les négociations avec la Russie et la "
         "Chine se poursuivraient la semaine prochaine, selon le ministère des affaires "
         "étrangères, qui a ajouté que la situation restait tendue.", "fr"),
        ("Der Bundeskanzler sagte am Montag, dass die Gespräche mit Russland und China in der "
         "nächsten Woche fortgesetzt werden, wie das Auswärtige Amt mitteilte.", "de"),
        ("윤석열 대통령은 시진핑 중국 국가주석과 정상회담을 갖고 양국 관계 발전 방안을 논의했다고 "
         "대통령실이 밝혔다.", "ko"),
    ],
)
def test_other_languages_go_to_the_model(text, language):
    assert detect_language(text) == language
