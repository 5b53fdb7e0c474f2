"""Text folding for searches: what a French user types matches what was written.

"echeancier", "ECHEANCIER" and "Échéancier" all fold to "echeancier". The folded form is
stored next to each searched text (e.g. `call_attempts.notes_folded`) and compared with the
folded words the user typed, so the search ignores case and accents on SQLite (whose lower()
only knows ASCII) and PostgreSQL alike, and can stay a plain LIKE.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "fold_or_none", "fold_words"]

# Letters that Unicode does not decompose into a base letter plus accents, spelled out.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        # Typographic quotes and dashes that word processors put in notes.
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


def fold(text: str) -> str:
    """Lower case without accents, ligatures spelled out, runs of white space as one space.

    >>> fold("  Échéancier   accepté, Œuvre ")
    'echeancier accepte, oeuvre'
    """
    lowered = text.casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", lowered)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFKD may bring back capitals or ligatures (e.g. "ℌ", "ﬀ"): fold them once more.
    bare = bare.casefold().translate(_LIGATURES)
    return " ".join(bare.split())


def fold_or_none(text: str | None) -> str | None:
    """The folded text to store next to `text`; None for no (or blank) text."""
    if text is None:
        return None
    folded = fold(text)
    return folded or None


def fold_words(text: str | None) -> list[str]:
    """The folded words of a search box, each of which must match."""
    return fold(text or "").split()
