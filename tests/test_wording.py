"""The few words the generator writes itself follow the edition's language (secondround/wording.py)."""

from __future__ import annotations

from secondround.wording import any_of, one_decimal


def test_answers_are_joined_with_the_languages_or() -> None:
    assert any_of(["Yes", "Sometimes"], "en-GB") == "Yes or Sometimes"
    assert any_of(["A", "B", "C"], "en-GB") == "A, B or C"
    assert any_of(["Sí", "A veces"], "es-ES") == "Sí o A veces"
    assert any_of(["Ja", "Manchmal"], "de-DE") == "Ja oder Manchmal"


def test_a_score_has_one_decimal_in_the_languages_style() -> None:
    assert one_decimal(200 / 3, "en-GB") == "66.7"
    assert one_decimal(200 / 3, "es-ES") == "66,7"
    assert one_decimal(25.0, "es-ES") == "25"


def test_a_language_babel_does_not_know_builds_with_english_rules() -> None:
    assert any_of(["A", "B"], "zz-ZZ") == "A or B"
    assert one_decimal(2.5, "zz-ZZ") == "2.5"
