"""Quote extractor: spans, speakers, cues and partial flags on news-style sentences, the seed
article, and floors on the dev set so that rule changes cannot silently regress."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.quotes import EXTRACTOR
from pipeline.ingest import document_from_text
from pipeline.models import Quote
from pipeline.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5bcc1224fe1c96f2.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEV = SHARED / "quotes" / "dev.jsonl"
CORPUS = SHARED / "corpus" / "bbc"
HELDOUT = Path(__file__).resolve().parent / "fixtures" / "quotes_heldout.jsonl"
HELDOUT2 = Path(__file__).resolve().parent / "fixtures" / "quotes_heldout2.jsonl"
HELDOUT3 = Path(__file__).resolve().parent / "fixtures" / "quotes_heldout3.jsonl"


def run(text: str) -> list[Quote]:
    document = document_from_text("Headline of the story\n\n" + text, "test://article")
    quotes = list(EXTRACTOR.run(segment(document)))
    for quote in quotes:
        assert document.text[quote.start_char : quote.end_char] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert quote.speaker_end > quote.speaker_start
    return quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will appeal," said Mr Jones.', ["We will appeal,"]),
        ("“We will appeal,” she said.", ["We will appeal,"]),
        ("The minister told Le Monde: «We are going to win this fight.»", ["We are going to win this fight."]),
        (
            "Klaus Meyer told Die Welt: „We have done nothing wrong.“ He gave no details.",
            ["We have done nothing wrong."],
        ),
        (
            'Ann Lee said: "The figures are clear. It is time to act." Analysts agreed.',
            ["The figures are clear. It is time to act."],
        ),
        (
            'Tom Hart said: "This is over 26 weeks. "We are going to need more staff."',
            ["This is over 26 weeks.", "We are going to need more staff."],
        ),
        (
            "Tom Hart said: \"It was what they call 'a perfect storm' for us.\"",
            ["It was what they call 'a perfect storm' for us."],
        ),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    assert [q.text for q in run(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Hilary Swank won for the film "Million Dollar Baby" on Sunday.',
        'The band released their new single "Hold On" last week.',
        'The striker, nicknamed "The Beast", scored twice.',
        'His novel "Atonement" sold a million copies.',
        'Voters are put in categories ranging from "firm" to "weak" by the party.',
    ],
)
def test_titles_nicknames_and_terms_are_not_quotes(text: str) -> None:
    assert run(text) == []


def test_quote_opened_in_one_paragraph_continues_in_the_next() -> None:
    text = (
        'Chief executive Sarah Cole said: "Sales rose in every region.\n\n'
        '"We expect the same next year," she added.'
    )
    quotes = run(text)
    assert [q.text for q in quotes] == ["Sales rose in every region.", "We expect the same next year,"]
    assert [q.speaker for q in quotes] == ["Sarah Cole", "Sarah Cole"]
    assert [q.cue for q in quotes] == ["said", "added"]
    assert quotes[1].paragraph_idx == quotes[0].paragraph_idx + 1


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "partial"),
    [
        ('"Prices will fall," Patricia Hewitt said.', "Patricia Hewitt", "said", False),
        ('"Prices will fall," said Patricia Hewitt.', "Patricia Hewitt", "said", False),
        ('Patricia Hewitt told the BBC: "Prices will fall."', "Patricia Hewitt", "told", False),
        ('Prices will fall "within weeks", according to Patricia Hewitt.', "Patricia Hewitt", "according to", True),
        ('Patricia Hewitt added: "Prices will fall."', "Patricia Hewitt", "added", False),
        ('Patricia Hewitt warned that prices would stay "stubbornly high".', "Patricia Hewitt", "warned", True),
        ('Patricia Hewitt dismissed the plan as "desperate".', "Patricia Hewitt", "dismissed", True),
        ('"We refute the charges," a Home Office spokesman said.', "a Home Office spokesman", "said", False),
        (
            '"It is under review," said a spokeswoman for the Department of Health.',
            "a spokeswoman for the Department of Health",
            "said",
            False,
        ),
        ('Critics said the scheme was "deeply flawed".', "Critics", "said", True),
        (
            'Guy Mansfield QC, the new chairman of the Bar Council, warned of a "real risk".',
            "Guy Mansfield",
            "warned",
            True,
        ),
    ],
)
def test_cues_and_speakers(text: str, speaker: str, cue: str, partial: bool) -> None:
    (quote,) = run(text)
    assert (quote.speaker, quote.cue, quote.is_partial) == (speaker, cue, partial)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Health Secretary Patricia Hewitt visited the hospital.\n\n'
            '"Waiting lists are falling," Ms Hewitt said.',
            "Patricia Hewitt",
        ),
        (
            "Chancellor Gordon Brown presented the budget on Wednesday.\n\n"
            '"This is a budget for hard-working families," the chancellor said.',
            "Gordon Brown",
        ),
        (
            "Gordon Brown, the chancellor, spoke in the Commons.\n\n"
            '"Growth is strong," the chancellor told MPs.',
            "Gordon Brown",
        ),
        (
            "Iranian President Hassan Rouhani met ministers on Monday.\n\n"
            '"Sanctions have failed," the Iranian president said.',
            "Hassan Rouhani",
        ),
        (
            "Shares in Acme rose 5% after its chief executive, Mary Stone, spoke.\n\n"
            '"We have turned the corner," its chief executive said.',
            "Mary Stone",
        ),
        (
            'Sir Howard Newby said the report was clear.\n\n"We know what works," Sir Howard said.',
            "Howard Newby",
        ),
        (
            "Lib Dem spokesman Mark Oaten said the bill was rushed.\n\n"
            '"It will not cut crime," he said.',
            "Mark Oaten",
        ),
        (
            'Mark Oaten said the bill was rushed. "It will not cut crime." '
            'A Home Office spokesman said the bill was needed. "It will make us safer," he said.',
            "A Home Office spokesman",
        ),
        (
            'A spokeswoman for the regulator said it was investigating.\n\n'
            '"We take every complaint seriously," said the spokeswoman.',
            "A spokeswoman for the regulator",
        ),
    ],
)
def test_speaker_resolution(text: str, speaker: str) -> None:
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"We were unlucky," said coach Eddie Jones. "We will come back stronger."',
        'Coach Eddie Jones said the team was tired. "We will come back stronger."',
        'Eddie Jones said: "We were unlucky.\n\n"We will come back stronger."',
    ],
)
def test_statement_without_cue_continues_the_speech_around_it(text: str) -> None:
    quotes = run(text)
    assert quotes and all(q.speaker == "Eddie Jones" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Coach Henk Berg has branded Ajax\'s expected appeal as "absurd".', "Henk Berg"),
        ('The plan was described as "a real shame" by the novelist Paul Amis.', "Paul Amis"),
        ('Ruth Kane was branded "a coward" by her rival Sam Hill.', "Sam Hill"),
        ('Ed Carter meanwhile said the scheme was a "shambles".', "Ed Carter"),
        ('Jane Moss, however, said: "It is far too late."', "Jane Moss"),
        ('Anne Porter from the city\'s Office of Fair Trading told MPs there was "no case to answer".', "Anne Porter"),
        ('Dan Brock sued the council.\n\n"We were misled," said Mr Brock of Leeds.', "Dan Brock"),
        ('Maria Lopez said she was thrilled, describing Carlos Ruiz as "a true original".', "Maria Lopez"),
        (
            'Ed Davey said that instead of the "bonfire" Labour had promised, there had been an "explosion".',
            "Ed Davey",
        ),
    ],
)
def test_who_the_cue_really_points_at(text: str, speaker: str) -> None:
    """Possessives, passives with an agent, adverbs before the verb, affiliations after a name,
    participles after a quote and cues that report an earlier quote."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Barcelona boss Frank Rijkaard watched the game.\n\n"
            '"We have done enough," said Uefa official Tom Grey.\n\n'
            'Rijkaard was furious with the decision. "It is not good behaviour," he said.',
            "Frank Rijkaard",
        ),
        (
            'Striker Leon Fry scored twice.\n\n"We were lucky," said coach Tim Hart.\n\nWales have been '
            'criticised for their style, but captain Leon Fry sees hope. "We are getting better," he said.',
            "Leon Fry",
        ),
        (
            "Newcastle boss Graeme Moss wants a new striker.\n\n"
            'He sees Ian Hale as the ideal signing. "He would excite the fans," he told the BBC.',
            "Graeme Moss",
        ),
        (
            'Sam Ward said the talks were over.\n\nThe culture and media secretary Tessa Grant disagreed. '
            '"We will keep talking," she said.',
            "Tessa Grant",
        ),
    ],
)
def test_pronoun_after_a_sentence_about_someone_new(text: str, speaker: str) -> None:
    """The subject of a plain sentence outranks the previous speaker for the next "he said"."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        (
            'Those under 65 face the "myth that ageing is a barrier", the work and pensions secretary has said.\n\n'
            "Alan Cole told a conference on ageing that the retirement age could go.",
            "Alan Cole",
            "person",
        ),
        (
            "Acme will cut advertising to children. Shares in Acme rose 2%.\n\n"
            'The firm said it would still advertise to "all family" audiences.',
            "Acme",
            "organisation",
        ),
        (
            'Fletcher\'s daughter Jill said he would be missed. "He was loved by the public," she said.',
            "Jill",
            "person",
        ),
        (
            'Barca midfielder Deco, formerly of Porto, agreed. "It was not normal," he said.',
            "Deco",
            "person",
        ),
        ('"We refute the charges," a Home Office spokesman said.', "a Home Office spokesman", "description"),
        ('"We refute the charges," the Home Office said.', "Home Office", "organisation"),
        ('"Roaming costs too much," the European Commission said.', "the European Commission", "organisation"),
    ],
)
def test_speaker_and_type(text: str, speaker: str, speaker_type: str) -> None:
    """Definite roles named later in a lead, "the firm" as the story's company, one-word names
    after a role noun, and the speaker type a database row would store."""
    document = document_from_text("Headline of the story\n\n" + text, "test://article")
    quote = EXTRACTOR.run(segment(document))[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'A spokeswoman for the Rail Freight Group (RFG) said the plan was "overdue". '
            '"We need it now," she said.',
            ["A spokeswoman for the Rail Freight Group", "A spokeswoman for the Rail Freight Group"],
        ),
        (
            'A spokesman for the British Medical Association (BMA) said: "Doctors are tired."\n\n'
            'The BMA spokesman described the offer as "an insult".',
            ["A spokesman for the British Medical Association", "A spokesman for the British Medical Association"],
        ),
        ('Tom Reid (pictured) said the result was "a fair reflection".', ["Tom Reid"]),
        ('Lord Mayhew - a former attorney general - said the bill was "deeply flawed".', ["Lord Mayhew"]),
    ],
)
def test_aside_between_subject_and_verb(text: str, speakers: list[str]) -> None:
    """A bracketed abbreviation or an aside in dashes does not cut a description or a name off
    its verb, and a later "she said" or "the BMA spokesman" inherits the whole description."""
    quotes = run(text)
    assert [q.speaker for q in quotes] == speakers
    assert quotes[0].speaker_type == ("person" if speakers[0].split()[0] not in ("A", "a") else "description")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Dale won the seat.\n\nJim Park is alleged to have said that voters were "easily fooled".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park is reported to have said the count was "a farce".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park was quoted as saying the count was "a farce".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park reportedly said the count was "a farce".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park is understood to have told aides the count was "a farce".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park is said to have told aides the count was "a farce".', "Jim Park"),
        ('Ann Dale won the seat.\n\nJim Park on Monday said the count was "a farce".', "Jim Park"),
    ],
)
def test_raising_and_hedged_reporting_frames(text: str, speaker: str) -> None:
    """"X is alleged to have said" and its kin keep X as the speaker instead of falling back to
    the previous one."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Jacques Denis will miss a speech by Iraqi leader Omar Saleh, who this week criticised '
            'nations which took a "spectator" role.',
            "Omar Saleh",
        ),
        (
            'Ruth Hale met the union leader Dan Cole, who last month warned of a "winter of strikes".',
            "Dan Cole",
        ),
        ('Ruth Hale, who on Friday called the deal "a sell-out", is standing down.', "Ruth Hale"),
    ],
)
def test_relative_clause_speaker_is_its_antecedent(text: str, speaker: str) -> None:
    """The cue inside a "who ..." clause, even after a time phrase, speaks for the clause's
    antecedent, not for the sentence subject."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"He is a menace," AP quoted prosecutor Lena Ortiz as saying.', "Lena Ortiz"),
        ('Reuters quoted a senior official as saying the deal was "dead".', "a senior official"),
        ('Lena Ortiz resigned. The Times quoted her as saying the case was "a mess".', "Lena Ortiz"),
        ('"It is a mess," Lena Ortiz was quoted by the Times as saying.', "Lena Ortiz"),
        ('"It is over," the Herald quoted Lena Ortiz as telling friends.', "Lena Ortiz"),
    ],
)
def test_quoted_as_saying_credits_the_quoted_person(text: str, speaker: str) -> None:
    """"X quoted Y as saying": the outlet X reports, Y speaks."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('But lawyer Sam Ode called the nine-year term "outrageous" and said he would go on.', "outrageous", "Sam Ode"),
        ('Sam Ode described it as "a disgrace".', "a disgrace", "Sam Ode"),
        ('Sam Ode dismissed the plan as "desperate".', "desperate", "Sam Ode"),
        ('Sam Ode branded the budget "reckless".', "reckless", "Sam Ode"),
        ('Sam Ode labelled the new levy "a stealth tax" on Monday.', "a stealth tax", "Sam Ode"),
        ('Sam Ode dubbed the proposal "unworkable".', "unworkable", "Sam Ode"),
        ('Critics have called the series "dull".', "dull", "Critics"),
    ],
)
def test_characterising_verbs_keep_one_word_fragments(text: str, quoted: str, speaker: str) -> None:
    (quote,) = run(text)
    assert (quote.text, quote.speaker, quote.is_partial) == (quoted, speaker, True)


@pytest.mark.parametrize(
    "text",
    [
        'Sam Ode called the film "Ray" a triumph.',
        'Sam Ode called the word "fantastic" offensive.',
        'The scheme, dubbed "cash for votes", collapsed.',
        'The term "chav" was added to the dictionary.',
        'The press dubbed him "The Special One".',
    ],
)
def test_characterising_verbs_leave_names_and_terms_alone(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The song was written by radio DJ Nick Vale.\n\n"It is a natural home," said Vale.', "Nick Vale"),
        ('"We are all behind him," said Keeper Tony Marsh.', "Tony Marsh"),
        ('"It is a joke," said Lib Dem Norman Kerr.', "Norman Kerr"),
        ('"It was tough," said American Jo Ward after the match.', "Jo Ward"),
        ('Referee Graham Dale said: "It was a clear penalty."', "Graham Dale"),
        (
            "Its lawyer, Emmanuel Gant of Shearman and Sterling, filed the claim.\n\n"
            '"Russia is bound by it," Mr Gant said.',
            "Emmanuel Gant",
        ),
        ('Labour MSP Christine Hay had said Mr Lee was "very clever".', "Christine Hay"),
        ('Scottish Finance Minister, Tom Kerr MSP, said: "We found more money."', "Tom Kerr"),
        (
            'Tony Ladd, the Manchester Central MP, has pledged to take the matter "to the top".',
            "Tony Ladd",
        ),
        (
            'The British Chambers of Commerce (BCC) said it was "concerned by the clamour".',
            "British Chambers of Commerce",
        ),
    ],
)
def test_speaker_names_drop_labels_and_use_the_fullest_form(text: str, speaker: str) -> None:
    """Job labels, parties, nationalities and acronyms before a name are not part of it; "X of
    FIRM" registers X; organisations keep their own first words."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Jo Dale quit. The Times quoted her husband as saying it was "a relief".', "her husband"),
        (
            "Tony Hart and Gordon Lane are said to have argued.\n\n"
            'Sue Moss chaired the talks. "It was calm," she said.',
            "Sue Moss",
        ),
        (
            'BBC correspondent Ian Pitt said the vote was close.\n\n'
            '"It will go to the wire," our correspondent said.',
            "Ian Pitt",
        ),
    ],
)
def test_who_a_pronoun_or_description_cannot_mean(text: str, speaker: str) -> None:
    """A relative ("her husband") is not the latest "she"; two people named together are no
    "he" or "she"; "our correspondent" is the correspondent the article names."""
    assert run(text)[-1].speaker == speaker


def test_possessive_name_before_a_fragment_is_not_its_speaker() -> None:
    assert run('Fines followed complaints about Janet Jackson\'s "wardrobe malfunction".') == []


def test_seed_article() -> None:
    document = document_from_text(SEED.read_text(encoding="utf-8"), str(SEED))
    quotes = list(EXTRACTOR.run(segment(document)))
    assert len(quotes) == 12
    first_paragraph = min(q.paragraph_idx for q in quotes)
    for quote in quotes:
        if quote.text in ("heightened risk", "Iranian-backed"):
            assert quote.paragraph_idx == first_paragraph
            assert quote.speaker is not None and "Pentagon" in quote.speaker
            assert quote.is_partial
        else:
            assert quote.speaker == "Hassan Rouhani", quote.text
    assert {q.text for q in quotes} >= {"heightened risk", "Iranian-backed", "crazy murderer"}


@pytest.mark.skipif(not DEV.exists(), reason=f"shared dev data not found at {DEV}")
def test_dev_set_floors() -> None:
    from pipeline.evaluation.quotes import evaluate

    scores = evaluate(DEV)
    assert scores["documents"] == 20 and scores["gold"] == 129
    assert scores["span_f1"] >= 0.97
    assert scores["speaker_accuracy"] >= 0.95
    assert scores["e2e_f1"] >= 0.95


@pytest.mark.skipif(not CORPUS.exists(), reason=f"shared corpus not found at {CORPUS}")
def test_held_out_floors() -> None:
    """Twelve articles annotated apart from the dev set, before the 1.1.0 rules were written."""
    from pipeline.evaluation.quotes import evaluate

    scores = evaluate(HELDOUT, CORPUS)
    assert scores["documents"] == 12 and scores["gold"] == 89
    assert scores["span_f1"] >= 0.96
    assert scores["speaker_accuracy"] >= 0.92
    assert scores["e2e_f1"] >= 0.90


@pytest.mark.skipif(not CORPUS.exists(), reason=f"shared corpus not found at {CORPUS}")
def test_held_out_2_floors() -> None:
    """Ten articles annotated blind before 1.2.0; the 1.2.0 rules were written after reading their
    errors, so this floor guards against regression and is no longer an unseen estimate."""
    from pipeline.evaluation.quotes import evaluate

    scores = evaluate(HELDOUT2, CORPUS)
    assert scores["documents"] == 10 and scores["gold"] == 65
    assert scores["span_f1"] >= 0.98
    assert scores["speaker_accuracy"] >= 0.95
    assert scores["e2e_f1"] >= 0.95


@pytest.mark.skipif(not CORPUS.exists(), reason=f"shared corpus not found at {CORPUS}")
def test_held_out_3_floors() -> None:
    """Ten articles annotated blind before 1.3.0 (1.2.0 scored e2e F1 0.687); the 1.3.0 rules
    were written against classes of its errors, so it is a development set now, not an estimate."""
    from pipeline.evaluation.quotes import evaluate

    scores = evaluate(HELDOUT3, CORPUS)
    assert scores["documents"] == 10 and scores["gold"] == 100
    assert scores["span_f1"] >= 0.97
    assert scores["speaker_accuracy"] >= 0.97
    assert scores["e2e_f1"] >= 0.95


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Ann Lee said the club would continue to fight "with pride".', "Ann Lee", "said"),
        (
            'Acme hired Tara Quinn in May. She said the firm would continue to make "every lawful move".',
            "Tara Quinn",
            "said",
        ),
        ('Tara Quinn spoke first. "It was not enough," she continued.', "Tara Quinn", "continued"),
        ('Tara Quinn spoke first. She continued: "It was not enough."', "Tara Quinn", "continued"),
        ('"It was not enough," Tara Quinn continued.', "Tara Quinn", "continued"),
    ],
)
def test_continue_reports_speech_only_next_to_a_quote(text: str, speaker: str, cue: str) -> None:
    """"would continue to make" is no reporting verb: its subject ("the club") must not take the
    fragment from the speaker of "said"; `," she continued` still reports."""
    quote = run(text)[-1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A spokesman for Unison, Britain\'s biggest union, said after the talks: "At least we are still talking."',
            "A spokesman for Unison",
        ),
        (
            'The chief executive of Acme, the biggest carmaker in Europe, said: "Demand is strong."',
            "The chief executive of Acme",
        ),
        ('And a spokeswoman for the RSPB, the bird charity, said: "We are delighted."', "a spokeswoman for the RSPB"),
        ('Gordon Brown, the chancellor, said: "Growth is strong."', "Gordon Brown"),
        ('The head of the CBI, Digby Jones, said: "Growth is strong."', "Digby Jones"),
        ('Speaking to the BBC, the minister said: "We will win."', "the minister"),
        ('The letter, from the Home Office, says: "Your passport is withdrawn."', "Home Office"),
    ],
)
def test_appositive_between_commas_describes_the_head_phrase(text: str, speaker: str) -> None:
    """`HEAD, APPOSITIVE, said`: the phrase opening the clause speaks; a name on either side of
    the comma still wins over a description."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Rick Dean works for THX. Studios want more extras.\n\n'
            'Currently, a DVD project can take three months, says Mr Dean. "It is slow and costly."',
            "Rick Dean",
        ),
        (
            'Rick Dean works for THX.\n\nFor now, the step will only save a day, explains Mr Dean. '
            '"We still have to build the menus."',
            "Rick Dean",
        ),
        ('Rick Dean works for THX.\n\nIf studios want more "added value content", thinks Mr Dean, they will pay.', "Rick Dean"),
        ('Ann Lee, speaking at the launch, told the BBC: "We are ready."', "Ann Lee"),
        ('"Fuel efficiency sells," Jim Press, vice president of Toyota, said in a statement.', "Jim Press"),
        ('Emily Hart runs the firm.\n\nEmily, who founded it, said: "We are ready."', "Emily"),
    ],
)
def test_reversed_frame_after_a_comma_and_sentence_adverbs(text: str, speaker: str | None) -> None:
    """`..., says Mr Dean.` puts the speaker after the verb; "Currently," opening a sentence is an
    adverb, never an organisation; a verb with an object ("told the BBC") or a prepositional
    phrase ("said in a statement") does not invert."""
    quotes = run(text)
    assert (quotes[-1].speaker if quotes else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "For Rick Dean, director of development at THX, the future is bright. He has worked on Star Wars, "
            'Finding Nemo, The Incredibles and Indiana Jones. "It is a revolution," he told the BBC.',
            "Rick Dean",
        ),
        (
            "Rick Dean, a director at THX, is excited. He has worked on films such as Indiana Jones. "
            '"It is a revolution," he said.',
            "Rick Dean",
        ),
        ('Imelda Staunton stars in the film Vera Drake. "It is a dream," she said.', "Imelda Staunton"),
        ('Tom Hale, the director, arrived late. "We love Bill Nighy and Emma Thompson," he told the BBC.', "Tom Hale"),
        (
            "Lucy Reed, a midwife, was at the protest. The marchers backed the Royal College of Nursing and "
            'Unison. "We are exhausted," she told the BBC.',
            "Lucy Reed",
        ),
        ('It was the film Ray that won. "It is a dream," she said.', None),
    ],
)
def test_titles_lists_and_quoted_names_are_no_antecedents(text: str, speaker: str | None) -> None:
    """A "he" with nobody in focus goes back to a person introduced on their own, not to a film in
    a list, an example after "such as", a title after "the film" or a name inside a quotation."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Coach Andy Robinson named his squad.\n\nAnd with 27 caps to his name, Julian White is ready to lead. "
            '"I am pleased with my form," he said.',
            "Julian White",
        ),
        (
            "Tim Hart coached the side.\n\nIn an interview with the Radio Times in January, Victoria Wood attacked "
            'modern comedy. "It is a shame," she said.',
            "Victoria Wood",
        ),
        (
            'Coach Jim Cole was upbeat.\n\nWith Tom Hale injured, the side is thin. "We will cope," he said.',
            "Jim Cole",
        ),
    ],
)
def test_subject_after_a_fronted_phrase_takes_the_pronoun(text: str, speaker: str) -> None:
    """Centering: "he" prefers the previous sentence's subject, even after a fronted phrase, over
    a name inside that phrase or a speaker from further back."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ronnie Corbett has a new show. Corbett claims he and Ronnie Barker were never rude. "We were fussy," he said.',
            "Ronnie Corbett",
        ),
        (
            'Jo Bell said the squad was tired.\n\nInjuries have taken their toll and coach Andy Robinson is worried. '
            '"It is hard," he said.',
            "Andy Robinson",
        ),
    ],
)
def test_name_joined_to_a_pronoun_by_and_opens_no_clause(text: str, speaker: str) -> None:
    """In "Corbett claims he and Barker differ" Barker is half of a joint subject, not the new
    focus; "toll and coach Andy Robinson is" still opens a clause."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Wales coach Mike Ruddock rested his stars. "I would like to play," captain Jason Forster told BBC Wales. '
            'Ruddock, though, is keen to protect his players. "There is nothing more they can show me."',
            "Mike Ruddock",
        ),
        (
            'Coach Mike Ruddock rested his stars. "I would like to play," Jason Forster said. '
            'Ruddock, the Wales coach, wants them fresh. "They need the rest."',
            "Mike Ruddock",
        ),
        (
            'Captain Jason Forster wants to play. "It would help," Forster told BBC Wales. '
            'The Dragons, though, are keen to rest players. "We need them fresh."',
            "Jason Forster",
        ),
    ],
)
def test_new_subject_without_speech_verb_takes_the_next_quote(text: str, speaker: str) -> None:
    """A person becoming the subject through an aside ("Ruddock, though, is keen") ends the
    previous speaker's run; a team or country as subject does not."""
    assert run(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Victoria Wood has criticised TV.\n\nRonnie Corbett agreed. "It is bad," he said.\n\n'
            '"It is a shame people cannot write a script," she said.',
            "Victoria Wood",
        ),
        (
            'George Galloway will stand against Oona King. Ms King said she was "delighted". "She is a stooge," he said.',
            "George Galloway",
        ),
        (
            'Nick Ross prints at home. "It is cheaper," he said. Mrs Ann Simpson runs a shop. '
            'Her customers want help. "People are not skilled at it," she said.',
            "Ann Simpson",
        ),
        ('Sam Ward led the talks. "It was calm," she said.', "Sam Ward"),
        ('Mr Sam Ward led the talks.\n\n"It was calm," she said.', None),
        ('Ann Lee spoke first. "We are ready," she said.\n\n"It is over," he said.', None),
    ],
)
def test_pronoun_sex_follows_titles_roles_and_earlier_pronouns(text: str, speaker: str | None) -> None:
    """A "she" skips a person the article has called "he" (or "Mr") and goes to the latest fitting
    person in focus; with no fitting person it stays unresolved rather than guessing; a name of
    unknown sex still takes either pronoun."""
    assert run(text)[-1].speaker == speaker
