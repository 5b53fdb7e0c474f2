"""fold(): what a French user types matches what was written, whatever the case and accents."""

from __future__ import annotations

import pytest

from telerecouv.domain.text import fold, fold_or_none, fold_words


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Échéancier accepté, Œuvre", "echeancier accepte, oeuvre"),
        ("ÉCHÉANCIER", "echeancier"),
        ("Hélène  Lefèvre\n\tÇA", "helene lefevre ca"),
        ("Lætitia Straße", "laetitia strasse"),
        ("l’accord – signé", "l'accord - signe"),  # typographic apostrophe and dash
        ("ﬁn de non-recevoir", "fin de non-recevoir"),  # the "fi" ligature of pasted text
        ("déjà payé 100%", "deja paye 100%"),
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_fold_is_idempotent_and_typed_words_fold_like_the_notes() -> None:
    notes = "Échéancier accepté, Œuvre"
    assert fold(fold(notes)) == fold(notes)
    for typed in ("echeancier", "ECHEANCIER", "Échéancier", "oeuvre", "ŒUVRE", "ACCEPTE"):
        assert fold(typed) in fold(notes)


def test_nothing_to_store_for_no_or_blank_notes() -> None:
    assert fold_or_none(None) is None
    assert fold_or_none("  \n ") is None
    assert fold_or_none(" Oui ") == "oui"


def test_fold_words_splits_the_search_box() -> None:
    assert fold_words("  Échéancier   ACCEPTÉ ") == ["echeancier", "accepte"]
    assert fold_words(None) == [] and fold_words("   ") == []
