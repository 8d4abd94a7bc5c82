# ruff: noqa: E501  (verbatim paragraphs of the seed essays)
"""A small hand-made corpus of real sentences from the two seed essays, for unit tests.

Passages are located in their source text by search, so ``start``/``end`` are true offsets.
"""

from __future__ import annotations

from bot.core.models import Corpus, Passage, Source, Speaker, Topic, Work

RULE_TEXT = """The fight against bureaucracy in the Soviet Union under Stalin

As Ludo Martens pointed out in his excellent book Another View of Stalin, \u201cLenin and the Bolsheviks always led a revolutionary struggle against the bureaucratic deviations that, in a backward country, inevitably occurred within the apparatus of the dictatorship of the proletariat.\u201d

Lenin, in 1919, talking about the problem of bureaucracy, said the following: \u201cWe have done what no other state in the world has done in the fight against bureaucracy. The apparatus which was a thoroughly bureaucratic and bourgeois apparatus of oppression, and which remains such even in the freest of bourgeois republics, we have destroyed to its very foundations.\u201d

Stalin was also not afraid to address the problem of bureaucracy. He said in 1928: \u201cBureaucracy is one of the worst enemies of our progress. It exists in all our organisations \u2013 party, YCL, trade union and economic.\u201d

\u201cThe communist bureaucrat is the most dangerous type of bureaucrat. Why? Because he masks his bureaucracy with the title of party member. And, unfortunately, we have quite a number of such communist bureaucrats.\u201d (Speech at the eighth congress of the All-Union Leninist Young Communist League by JV Stalin, 17 May 1928)

\u201cLenin was right when he said: \u2018We must realise that the fight against bureaucracy is an absolutely essential one, and that it is just as complicated as the fight against the petty-bourgeois elemental forces.\u2019\u201d

The Webbs noted that, prior to the October Revolution, 70-80 percent of the population of the territories which would later make up the Union of Soviet Socialist Republics were illiterate. But, wrote Lenin, \u201cWithout literacy no politics, but only rumours, small talk and prejudices.\u201d
"""

OIPFG_TEXT = """Stalinism and the Problem of Bureaucracy in Soviet Society

Stalin was one of the leaders of the October Revolution and a great Marxist-Leninist. He was an example of an honest revolutionary and a solid and relentless militant who was forged within the struggles of the masses.

Another vestige of the bourgeoisie in socialist society lives on in the form of bourgeois ideology and force of habit, and as Lenin put it: "They encircle the proletariat on every side... and corrupt the proletariat".

Holding bureaucracy directly accountable to the masses, exposing the individual lives of intellectuals and cadres, and finally continuous cultural revolutions.
"""

SOURCES = (
    Source(
        id="rule-2001",
        file="corpus/sources/rule-2001.txt",
        title="The fight against bureaucracy in the Soviet Union under Stalin",
        author="Carlos Rule",
        author_speaker="carlos-rule",
        year=2001,
        context="A presentation given to the Stalin Society in September 2001.",
    ),
    Source(
        id="oipfg-1974",
        file="corpus/sources/oipfg-1974.txt",
        title="Stalinism and the Problem of Bureaucracy in Soviet Society",
        author="The Organization of the Iranian People's Fadaee Guerrillas",
        author_speaker="oipfg",
        year=1974,
        context="Written in 1974 in answer to questions from activists abroad.",
    ),
)

SPEAKERS = (
    Speaker(id="lenin", name="V. I. Lenin", aliases=("VI Lenin", "Lenin", "Vladimir Lenin")),
    Speaker(id="stalin", name="J. V. Stalin", aliases=("JV Stalin", "Stalin", "Joseph Stalin")),
    Speaker(id="carlos-rule", name="Carlos Rule", aliases=("CR",)),
    Speaker(id="oipfg", name="OIPFG", aliases=("Iranian People's Fadaee Guerrillas",)),
    Speaker(id="ludo-martens", name="Ludo Martens"),
    Speaker(id="zoë-x".replace("ë", "e"), name="Zoë Ünïcode 🜲 Ω", aliases=("Zoe",)),
)

WORKS = (
    Work(id="another-view", title="Another View of Stalin", author="ludo-martens", date="1994"),
    Work(
        id="eighth-congress-rcp",
        title="Speech at the eighth congress of the RCP(B)",
        author="lenin",
        date="18-23 March 1919",
    ),
    Work(
        id="ycl-congress-1928",
        title="Speech at the eighth congress of the All-Union Leninist Young Communist League",
        author="stalin",
        date="17 May 1928",
    ),
)

TOPICS = (
    Topic(
        id="bureaucracy",
        name="Bureaucracy",
        description="What bureaucracy is and how it was fought.",
        keywords=("red tape", "apparatus"),
        positions={"rule-2001": ("rule-martens",), "oipfg-1974": ("oipfg-accountable",)},
    ),
    Topic(id="literacy", name="Literacy and culture", description="Education of the masses."),
)

# id, source, kind, speaker, work, date, via, topics, text (as it stands in the source)
_PASSAGES = (
    (
        "rule-title",
        "rule-2001",
        "commentary",
        "carlos-rule",
        None,
        None,
        None,
        (),
        "The fight against bureaucracy in the Soviet Union under Stalin",
    ),
    (
        "rule-martens",
        "rule-2001",
        "quotation",
        "ludo-martens",
        "another-view",
        "1994",
        None,
        ("bureaucracy",),
        "Lenin and the Bolsheviks always led a revolutionary struggle against the bureaucratic "
        "deviations that, in a backward country, inevitably occurred within the apparatus of the "
        "dictatorship of the proletariat.",
    ),
    (
        "rule-lenin-1919",
        "rule-2001",
        "quotation",
        "lenin",
        "eighth-congress-rcp",
        "1919",
        None,
        ("bureaucracy",),
        "We have done what no other state in the world has done in the fight against bureaucracy. "
        "The apparatus which was a thoroughly bureaucratic and bourgeois apparatus of oppression, "
        "and which remains such even in the freest of bourgeois republics, we have destroyed to its "
        "very foundations.",
    ),
    (
        "rule-stalin-enemies",
        "rule-2001",
        "quotation",
        "stalin",
        "ycl-congress-1928",
        "1928",
        None,
        ("bureaucracy",),
        "Bureaucracy is one of the worst enemies of our progress. It exists in all our "
        "organisations \u2013 party, YCL, trade union and economic.",
    ),
    (
        "rule-stalin-communist-bureaucrat",
        "rule-2001",
        "quotation",
        "stalin",
        "ycl-congress-1928",
        "17 May 1928",
        None,
        ("bureaucracy",),
        "The communist bureaucrat is the most dangerous type of bureaucrat. Why? Because he masks "
        "his bureaucracy with the title of party member. And, unfortunately, we have quite a number "
        "of such communist bureaucrats.",
    ),
    (
        "rule-lenin-via-stalin",
        "rule-2001",
        "quotation",
        "lenin",
        None,
        None,
        "stalin",
        ("bureaucracy",),
        "We must realise that the fight against bureaucracy is an absolutely essential one, and "
        "that it is just as complicated as the fight against the petty-bourgeois elemental forces.",
    ),
    (
        "rule-webbs",
        "rule-2001",
        "commentary",
        "carlos-rule",
        None,
        None,
        None,
        ("literacy",),
        "The Webbs noted that, prior to the October Revolution, 70-80 percent of the population of "
        "the territories which would later make up the Union of Soviet Socialist Republics were "
        "illiterate.",
    ),
    (
        "rule-lenin-literacy",
        "rule-2001",
        "quotation",
        "lenin",
        None,
        None,
        None,
        ("literacy",),
        "Without literacy no politics, but only rumours, small talk and prejudices.",
    ),
    (
        "oipfg-stalin-leader",
        "oipfg-1974",
        "commentary",
        "oipfg",
        None,
        None,
        None,
        (),
        "Stalin was one of the leaders of the October Revolution and a great Marxist-Leninist. He "
        "was an example of an honest revolutionary and a solid and relentless militant who was "
        "forged within the struggles of the masses.",
    ),
    (
        "oipfg-lenin-encircle",
        "oipfg-1974",
        "quotation",
        "lenin",
        None,
        None,
        None,
        (),
        "They encircle the proletariat on every side... and corrupt the proletariat",
    ),
    (
        "oipfg-accountable",
        "oipfg-1974",
        "commentary",
        "oipfg",
        None,
        None,
        None,
        ("bureaucracy",),
        "Holding bureaucracy directly accountable to the masses, exposing the individual lives of "
        "intellectuals and cadres, and finally continuous cultural revolutions.",
    ),
)

SOURCE_TEXTS = {"rule-2001": RULE_TEXT, "oipfg-1974": OIPFG_TEXT}


def make_passages() -> list[Passage]:
    passages = []
    for pid, source, kind, speaker, work, date, via, topics, text in _PASSAGES:
        start = SOURCE_TEXTS[source].index(text)
        passages.append(
            Passage(
                id=pid,
                kind=kind,
                source=source,
                speaker=speaker,
                work=work,
                date=date,
                page="p970" if pid == "rule-webbs" else None,
                via=via,
                topics=topics,
                text=text,
                start=start,
                end=start + len(text),
            )
        )
    return passages


def make_corpus() -> Corpus:
    return Corpus(
        sources=SOURCES,
        speakers=SPEAKERS,
        works=WORKS,
        topics=TOPICS,
        passages=make_passages(),
        source_texts=SOURCE_TEXTS,
    )
