"""Unnamed speakers: the one the text describes, in the text's own words.

Reports, surveys, minutes, news stories and memoirs quote people they do not name ("One Year 6
pupil told inspectors,", "Commuters from the far bank described the detour as", "a spokesperson
for the council said"). A careful reader gives such words to the person or group the sentence
describes: the noun phrase that says who (a noun for people with its determiner and what
qualifies it, "in Year 3", "of the petition", "at the cottage hospital"), without its verb or
the rest of the clause, and never a phrase that only says when ("at the 1983 open day"). The
phrase speaks when it is the subject of the verb that leads to the words, or of a "who" clause
that does ("a letter from an elderly parishioner who asked that"); the owner of a document
that speaks is the one described ("The ferryman's log … reads:"); a "they" or a "she" stands
for the described group or person the text has just named."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _is_person_noun
from bot.core.extract.reading.vocabulary import (
    _DOCUMENT_PLURALS,
    _NOT_PEOPLE,
    _PERSON_NOUNS,
    _SPEECH_VERBS,
    _THING_HEADS,
    _TIME_WORDS,
)

_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")
_NUMBER_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
    "dozen", "dozens",
}  # fmt: skip
_DETERMINERS = {
    "a", "an", "one", "another", "some", "several", "many", "most", "few", "all", "both", "the",
    "his", "her", "their", "our", "my", "its", "these", "those", "each", "every", "other", "no",
} | _NUMBER_WORDS  # fmt: skip
# "One of the older ringers", "Some of her students": a part of a group
_PART_OF = {"one", "some", "several", "many", "most", "few", "all", "each", "two", "three"}
_GENERAL = {"most", "many", "some", "all", "few", "several"}
_OWNERS = {"the", "her", "his", "their", "our", "my", "its", "these", "those"}
# words that are never part of a phrase naming someone: they end it or begin another clause
_NOT_MODIFIERS = {
    "of", "at", "in", "on", "from", "for", "with", "to", "by", "as", "into", "about", "than",
    "after", "before", "during", "since", "until", "and", "or", "but", "nor", "that", "which",
    "who", "whom", "whose", "what", "when", "where", "while", "if", "because", "so", "he", "she",
    "they", "it", "we", "i", "you", "him", "them", "us", "me", "there", "here", "not", "also",
    "only", "then", "is", "was", "were", "are", "be", "been", "being", "had", "has", "have",
    "would", "could", "will", "shall", "should", "may", "might", "must", "can", "did", "do",
    "does", "said", "says", "told", "wrote", "asked",
}  # fmt: skip
# nouns for people that no ending of a role gives ("shepherd", "relative", "patient"); the
# endings ("-er", "-ist", "-ian", "-ant" …) give the rest
_PEOPLE_WORDS = {
    "shepherd", "relative", "kid", "host", "cook", "chef", "patient", "client", "spouse",
    "bride", "groom", "orphan", "pilgrim", "friar", "youth", "teen", "baby", "cadet", "guard",
    "sentry", "scout", "mate", "tourist", "victim", "suspect", "plaintiff", "juror",
    "official", "coroner", "mayor", "boss", "smith", "mechanic", "critic", "sceptic",
    "candidate", "native", "citizen", "stranger", "regular", "nanny", "maid", "monk", "nun",
    "chaplain", "midwife", "headteacher", "principal", "dean", "provost", "mistress",
    "master", "landlady", "bystander", "representative", "delegate", "comrade", "classmate",
    "schoolmate", "flatmate", "ally", "rival", "opponent", "lad", "lass", "gentleman", "lady",
    "ladies", "gentlemen", "folk", "folks", "clergy", "police", "villager", "islander",
    "apprentice", "novice", "graduate", "undergraduate", "alumnus", "alumni", "trainee",
    "nurse", "guest", "pupil", "parishioner", "veteran", "recruit", "widow", "widower",
}  # fmt: skip
# words that end like a role ("-er", "-ee", "-or") and name no one
_NOT_NOUNS = {
    "later", "never", "ever", "other", "others", "rather", "further", "either", "neither",
    "whether", "together", "however", "whatever", "whoever", "after", "under", "over",
    "older", "younger", "elder", "earlier", "former", "latter", "upper", "lower", "inner",
    "outer", "sooner", "longer", "free", "agree", "degree", "coffee", "tree", "fee",
    "number", "order", "water", "matter", "corner", "centre", "center", "monster", "weather",
}  # fmt: skip
# finite verbs with no "-ed": what ends a phrase naming someone as surely as "remembered"
_IRREGULAR_VERBS = {
    "were", "was", "are", "is", "had", "has", "have", "went", "came", "kept", "made", "took",
    "got", "sat", "stood", "spoke", "heard", "saw", "knew", "met", "ran", "brought", "bought",
    "thought", "felt", "left", "lost", "paid", "sold", "sent", "won", "wore", "wrote", "gave",
    "told", "said", "put", "set", "let", "began", "became", "sang", "rang", "drew", "grew",
    "held", "led", "read", "meant", "seemed", "seem", "seems", "do", "does", "did", "say",
}  # fmt: skip
# people as a group with no plural ending: "Staff", "people"
_GROUP_NOUNS = {
    "staff", "people", "folk", "crowd", "public", "audience", "congregation", "parents",
    "parent", "spokesperson", "spokesman", "spokeswoman", "person", "persons", "youth",
    "governors", "governor", "fans", "fan", "regulars", "locals", "elders", "adults", "adult",
    "crew", "family", "couple", "household", "team", "group", "party", "choir", "class",
    "congregations", "audiences", "crowds", "families", "couples", "crews", "teams", "groups",
}  # fmt: skip
# what a described person does that leads to their words: says, writes, judges, asks …
_LEADING_VERB = re.compile(
    rf"(?:{_SPEECH_VERBS}|judged?|judges|described?|sang|sing|sings|sung|chanted|chants?|"
    r"shouted|shouts?|called|calls?|asked|asks?|ask(?:s|ed)? for|hoped|hopes?|promised|"
    r"promises?|wanted|wants?|felt|feels?|thought|thinks?|believed|believes?|feared|fears?|"
    r"praised|praises?|welcomed|welcomes?|say|write|tell|explain|complain|warn|agree|recall|"
    r"remember|insist|admit|describe|comment|reply|answer|add|note|told|put|puts|left|leaves|"
    r"sent|sends|signed|signs|gave|gives|summed up|sums up|offered|offers|spoke of|speak of|"
    r"speaks of|recorded|records?|found|finds?|considered|considers?|called for|"
    r"calls? for|pleaded|begged|begs?|urged|urges?|reads?|ran|runs|began|begins|voted|votes?|"
    r"rated|rates|dubbed|dubs|nicknamed|branded|brands|labelled|hailed|hails|"
    r"condemned|condemns|dismissed|dismisses|laughed|laughs|sighed|sighs|cried|cries|"
    r"grumbled|grumbles|joked|jokes|wondered|wonders|demanded|demands?)\b"
)
# a noun of saying after its verb: "expressed concern that", "took the view that"
_SAYING_NOUN = re.compile(
    r"(?:expressed|expresses|express|voiced|voices?|raised|raises?|made|makes?|took|takes?|"
    r"shared|shares?|gave|gives?|put forward|puts forward)\s+(?:the\s+|a\s+|an\s+|their\s+|"
    r"his\s+|her\s+|its\s+)?(?:[a-z]+\s+)?(?:concerns?|view|views|hope|hopes|fears?|point|"
    r"opinion|complaints?|suggestion|argument|worry|worries|feeling|wish|doubts?)\b"
)
_ADVERBS = re.compile(
    r"(?:\s+(?:[a-z]+ly|also|only|most|more|then|later|first|still|often|once|all|both|each|even|"
    r"simply|too|never|always|already|themselves|himself|herself))*"
)
_MODAL = re.compile(
    r"\s+(?:would|could|did|will|might|may|can|had|has|have|should|must|were\s+(?:heard\s+)?to"
    r"|was\s+(?:heard\s+)?to|used\s+to|went\s+on\s+to|chose\s+to|wanted\s+to|liked\s+to)\b"
)
# a phrase after which a qualifier says when or at which event, not who: "at the 1983 open day"
_WHEN = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b(?:" + "|".join(sorted(_TIME_WORDS)) + r")\b")
# a document someone sent: "A letter from a pupil", "a note from one of the crew"
_SENT_FROM = re.compile(
    r"\b(?:letter|note|card|message|email|e-mail|complaint|petition|plea|request|reply|answer|"
    r"postcard|telegram|comment|submission|appeal|memo|text)s?\s+from\s+$",
    re.IGNORECASE,
)
# what someone said or thought, as a thing: "the churchwarden's opinion", "a porter's reply"
_UTTERANCES = {
    "opinion", "verdict", "words", "view", "views", "remark", "comment", "reply", "answer",
    "judgement", "judgment", "advice", "complaint", "description", "memory", "recollection",
    "summary", "retort", "warning", "plea", "motto", "prayer", "toast", "greeting",
}  # fmt: skip
# a record someone keeps or hands in, beside the works and records of _THING_HEADS
_DOCUMENTS = {"log", "logbook", "daybook", "return", "returns", "jottings", "scrapbook"}
# "According to one former miner,", "in the words of a neighbour,": whose words follow
_ACCORDING_TO = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+$")
# a clause about a thing: "the question that every visitor had asked"
_THING_THAT = re.compile(
    r"\b(?:the|a|an|this|that|every|each|her|his|their|its|one)\s+[a-z]+\s+that\s+$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"(?:^|[,;:.!?(—–]\s*|\b(?:and|but|while|whereas|when|that|as|because)\s+)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Described:
    """A described person or group: where its phrase starts in the text read, the phrase as
    the text writes it, and whether it is plural."""

    start: int
    name: str
    plural: bool

    @property
    def generic(self) -> bool:
        """A group named only in general ("Passengers", "Most readers", "Critics"): the
        writer's summary of what such people think, not anyone's words, when what is quoted
        is only a phrase."""
        first = self.name.split()[0].lower()
        return self.plural and (first not in _DETERMINERS or first in _GENERAL)


def _bare(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word).lower()


def people_head(word: str) -> bool:
    """Whether ``word`` (possessive or not) is a noun for a person or people: "pupil",
    "inspectors", "staff", "respondents", "spokesperson"; never a thing that only ends like
    one ("corridor", "register", "library")."""
    bare = _bare(word)
    if bare in _GROUP_NOUNS or bare in _PEOPLE_WORDS:
        return True
    if bare in _DETERMINERS or bare in _NOT_MODIFIERS or bare in _NOT_NOUNS:
        return False  # "three", "later", "other": they only end like a role
    if bare in _THING_HEADS or bare in _DOCUMENT_PLURALS or bare in _NOT_PEOPLE:
        return False
    single = re.sub(r"(?<=ss|ch|sh)es$|(?<=[a-z]{3})(?<!s)s$", "", bare)  # "witnesses"
    single = "child" if bare == "children" else single
    if single in _THING_HEADS or single in _NOT_PEOPLE:
        return False
    if bare.endswith("men") and _is_person_noun(bare[:-3] + "man"):
        return True
    if single in _PEOPLE_WORDS or single in _PERSON_NOUNS:
        return True
    if any(single.endswith(p) for p in _PERSON_NOUNS if len(p) >= 5):
        return True  # "churchwarden", "schoolmaster's wife": a compound of a person noun
    return len(single) >= 5 and (_is_person_noun(single) or _is_person_noun(bare))


def _plural(head: str) -> bool:
    bare = _bare(head)
    if bare in _GROUP_NOUNS:
        return bare not in ("parent", "spokesperson", "spokesman", "spokeswoman", "person")
    return bare.endswith(("s", "men", "ren")) and not bare.endswith(("ss", "us"))


def _phrase_start(text: str, words: list[re.Match[str]], at: int) -> int:
    """The index of the word a described phrase whose head is ``words[at]`` starts at: its
    determiner ("One", "Some of the"), else the first of its modifiers."""
    first = at
    for back in range(at - 1, max(-1, at - 6), -1):
        if text[words[back].end() : words[back + 1].start()] != " ":
            break
        word = words[back].group()
        lower = word.lower()
        if lower in _DETERMINERS:
            first = back
            if (
                lower in _OWNERS
                and back >= 2
                and words[back - 1].group().lower() == "of"
                and words[back - 2].group().lower() in _PART_OF
                and text[words[back - 2].end() : words[back].start()] == " of "
            ):
                first = back - 2  # "One of the older ringers", "Several of its members"
            elif (
                back >= 3
                and words[back - 1].group().lower() in _OWNERS
                and words[back - 2].group().lower() == "of"
                and words[back - 3].group().lower() in _PART_OF
                and text[words[back - 3].end() : words[back].start()]
                == f" of {words[back - 1].group()} "
            ):
                first = back - 3  # "Two of the three surviving crew"
            return first
        if lower in _NOT_MODIFIERS:
            break
        first = back
        if (
            re.fullmatch(r"[A-Z][\w-]*(?:’s|'s)", word)
            and back >= 2
            and words[back - 1].group().lower() == "of"
            and words[back - 2].group().lower() in _PART_OF
            and text[words[back - 2].end() : words[back].start()] == " of "
        ):
            return back - 2  # "One of Hurst's apprentices": a part of someone's people
    return first


def _modifies_next(text: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether ``words[at]`` only qualifies the noun after it ("parish council", "pupil
    survey"): the next word follows after a space and is neither a verb, an adverb nor a word
    that begins another phrase."""
    if at + 1 >= len(words) or text[words[at].end() : words[at + 1].start()] != " ":
        return False
    following = words[at + 1].group()
    if re.search(r"(?:’s|'s)$", words[at].group()):
        return False
    return not (
        following.lower() in _NOT_MODIFIERS
        or _LEADING_VERB.fullmatch(following)
        or _plain_verb(following)
        or _ADVERBS.fullmatch(" " + following)
        or following[:1].isupper()
    )


def _qualifiers_end(text: str, end: int, *, sent: bool = False) -> tuple[int, int]:
    """After a head ending at ``end``: (where the phrase naming someone ends, where what
    follows it begins): qualifiers that say who ("in Year 3", "of the petition", "at the
    cottage hospital in Ashby Staithe", "to the library") belong to it; one that says when
    ("at the 1983 open day", "in 1987") is passed over but not kept, as is, after a letter
    ``sent`` from the person, whom it was sent to ("a letter from a pupil to the head")."""
    named_end = end
    position = end
    while True:
        qualifier = re.match(
            r" (?P<prep>of|at|from|in|on|for|to|near)"
            r"(?: (?:the|a|an|her|his|its|their|our|this|that))?"
            r"(?P<words>(?: [A-Za-z0-9](?:[\w’'-]|\.(?=\d))*){1,5}?)(?=[ ,;:.]|$)",
            text[position:],
        )
        if qualifier is None:
            return named_end, position
        words = qualifier["words"].split()
        stop = next(
            (
                i
                for i, w in enumerate(words)
                if w.lower() in _NOT_MODIFIERS
                or _LEADING_VERB.fullmatch(w)
                or _plain_verb(w)
                or _apposed_name(words, i)
            ),
            None,
        )
        if stop == 0:
            return named_end, position
        if stop is not None:
            kept = " ".join(words[:stop])
            length = qualifier.start("words") + 1 + len(kept)
        else:
            length = qualifier.end()
            # greedy: take the qualifier's words up to the next comma or clause word
            more = re.match(
                r"(?: (?!(?:who|which|that|and|but)\b)[A-Za-z0-9][\w’'-]*)*",
                text[position + length :],
            )
            extra = more.group(0).split() if more else []
            cut = next(
                (
                    i
                    for i, w in enumerate(extra)
                    if w.lower() in _NOT_MODIFIERS
                    or _LEADING_VERB.fullmatch(w)
                    or _plain_verb(w)
                    or _apposed_name([*words, *extra], len(words) + i)
                ),
                len(extra),
            )
            length += len(" ".join(extra[:cut])) + (1 if cut else 0)
        span = text[position : position + length]
        position += length
        if not (sent and qualifier["prep"] == "to") and not _WHEN.search(span):
            named_end = position


def _apposed_name(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` opens a name set beside the phrase ("The writer on commons
    Hélène Marchal"): a capitalised word after a lower-case noun, not after an article."""
    if at == 0 or not words[at][:1].isupper():
        return False
    before = words[at - 1]
    return before[:1].islower() and before.lower() not in _DETERMINERS


def _plain_verb(word: str) -> bool:
    """A finite verb that ends a phrase naming someone: "were", "had", "remembered"."""
    return word in _IRREGULAR_VERBS or bool(re.fullmatch(r"[a-z]{2,}ed", word))


def _leads_to_words(rest: str) -> bool:
    """Whether ``rest`` (what follows a described phrase up to the words) begins with a verb
    of the phrase that leads to them: an aside set off by commas may come first, then
    adverbs or an auxiliary ("would say only that", "most often described")."""
    aside = re.match(r",[^,“”\"‘«]{1,160},", rest)
    if aside is not None:
        if re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b", aside.group(0)):
            return False  # "a retired ferryman, Walter Crane,": the name speaks, not the phrase
        rest = rest[aside.end() :]
    if re.match(r",?\s+(?:called|named|known as)\s+[A-Z]", rest):
        return False  # "a retired postman called Len Ibbot": the name speaks
    clauses = re.match(r",?\s+who\b[^,“”\"]{1,120},(?:\s+and\s+who\b[^,“”\"]{1,160},)*", rest)
    if clauses is not None and _leads_to_words(rest[clauses.end() :]):
        # "A deckhand on the ferry who has crewed it since 2009, and who asked us not to name
        # him, said:": the verb after the relative clauses is the phrase's own
        return True
    if _defining_clause_end(rest) is not None:
        return True
    who = re.match(r",?\s+(?:who|whom)\b", rest)
    if who is not None:
        rest = rest[who.end() :]
    adverbs = _ADVERBS.match(rest)
    rest = rest[adverbs.end() :] if adverbs else rest
    modal = _MODAL.match(rest)
    if modal is not None:
        rest = rest[modal.end() :]
        adverbs = _ADVERBS.match(rest)
        rest = rest[adverbs.end() :] if adverbs else rest
    verb = re.match(r"\s+(?P<verb>[a-z]+(?: (?:for|up|of))?)", rest)
    if verb is None or verb["verb"] in _NOT_MODIFIERS - {"said", "says", "told", "wrote", "asked"}:
        return False
    if _LEADING_VERB.fullmatch(verb["verb"]) or _SAYING_NOUN.match(rest.lstrip()):
        return True
    # a colon lead-in's described subject speaks whatever its verb ("One old hand laughed:")
    return re.fullmatch(r"\s+[a-z]+(?:\s+[^.!?“”\"]{0,80})?:\s*", rest) is not None


def _defining_clause_end(rest: str) -> int | None:
    """Where a defining relative clause right after a described phrase ends, when a verb of
    saying follows it (an aside between): "The inspector who came for the Board wrote in his
    report that", "…, and I will not name him, wrote" (the clause's own verb says who, the
    verb after it is the phrase's); None otherwise."""
    clause = re.match(r"\s+who\s+(?P<own>[a-z]+)\b[^,;:.!?“”\"]{1,100}", rest)
    if clause is None or _LEADING_VERB.fullmatch(clause["own"]):
        return None  # "a parishioner who asked that": the clause's own verb leads
    words = list(re.finditer(r"[\w’'-]+", rest[: clause.end()]))[3:13]
    for n, word in enumerate(words):
        before = words[n - 1].group() if n else ""
        if _LEADING_VERB.fullmatch(word.group()) and before not in ("and", "or", "but", "to"):
            return word.start()
    aside = re.match(r",[^,“”\"]{1,80},\s+(?P<main>[a-z]+)\b", rest[clause.end() :])
    if aside is not None and _LEADING_VERB.fullmatch(aside["main"]):
        return clause.end()
    return None


def described_speakers(text: str) -> list[Described]:
    """Every described person or group in ``text`` (one sentence, or its part before the
    words) that is the subject of a verb leading to the words, in order."""
    text = text.replace("\n", " ")  # a hard-wrapped line runs on
    words = list(_WORD.finditer(text))
    found: list[Described] = []
    for at, word in enumerate(words):
        if not people_head(word.group()) or _modifies_next(text, words, at):
            continue
        possessive = re.search(r"(?:’s|'s)$", word.group()) is not None
        first = _phrase_start(text, words, at)
        if word.group()[:1].isupper() and first != at:
            continue  # "The Hollowell Chamber of Trade": a name, not a description
        opener = words[first].group().lower()
        before = text[: words[first].start()]
        sent = _SENT_FROM.search(before) is not None
        according = _ACCORDING_TO.search(before) is not None
        subject = _CLAUSE_START.search(before) is not None or sent
        if _THING_THAT.search(before):
            subject = False  # "the question that every visitor had asked": about the question
        if opener not in _DETERMINERS and not _plural(word.group()):
            continue  # "Pupil said": a bare singular is no described person
        if possessive:
            # "The ferryman's log for 1947 … reads:": the owner of a document that speaks
            owned = re.match(
                r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[a-z][\w-]*)\b", text[word.end() :]
            )
            if owned is None or owned["thing"] not in _THING_HEADS | _UTTERANCES | _DOCUMENTS:
                continue
            named_end = word.end() - 2  # without its "’s"
            if owned["thing"] in _UTTERANCES and text.rstrip().endswith(":"):
                # "The paper records the churchwarden's opinion of her work, which she
                # printed:": whoever's opinion the words are speaks, wherever it stands
                name = text[words[first].start() : named_end].strip()
                found.append(Described(words[first].start(), name, _plural(word.group())))
                continue
            _thing_end, follows = _qualifiers_end(text, word.end() + owned.end())
        else:
            named_end, follows = _qualifiers_end(text, word.end(), sent=sent)
        if according and re.match(r"\s*,", text[follows:]):
            # "According to one former miner, the pit was": the one the words are according to
            name = text[words[first].start() : named_end].strip()
            found.append(Described(words[first].start(), name, _plural(word.group())))
            continue
        relative = re.match(r"(?:,[^,“”\"]{1,80},)?,?\s+(?:who|whom)\b", text[follows:])
        if not subject and not relative:
            continue  # an object ("told the inspectors"), or a phrase after a preposition
        if (
            relative
            and not subject
            and re.search(r",\s+(?:he|she|they|we|I|it)\s", text[follows + relative.end() :])
        ):
            continue  # "To a boatman who objected that …, he wrote:": the main clause's "he"
        if not _leads_to_words(text[follows:]):
            continue
        bare = named_end == word.end() and opener == "the"
        defining = _defining_clause_end(text[follows:]) if bare else None
        if defining is not None:
            # "The inspector who came for the Board": "the" and a bare role are described by
            # the clause that says which one, up to the verb after it ("A council officer who
            # has worked every count" is a council officer: the clause only says more)
            named_end = follows + defining
        name = text[words[first].start() : named_end].strip()
        if any(d.start < words[first].start() < d.start + len(d.name) for d in found):
            continue  # "the Thursday pottery class" of "a learner in the Thursday pottery class"
        found.append(Described(words[first].start(), name, _plural(word.group())))
    return found


def described_group(sentence: str) -> str | None:
    """The described group a sentence opens on as its subject ("Staff are proud of …",
    "Parents at the meeting were the angriest", "Learners in the beginners' class told the
    panel …"): whom the next sentence's "they" stands for; None when it opens otherwise."""
    sentence = sentence.replace("\n", " ")
    opening = re.match(r"(?:(?:And|But|So)\s+)?", sentence)
    start = opening.end() if opening else 0
    words = list(_WORD.finditer(sentence))
    for at, word in enumerate(words[:8]):
        if not people_head(word.group()) or not _plural(word.group()):
            continue
        if re.search(r"(?:’s|'s|’)$", word.group()):
            return None  # "The pupils' letters …": a thing of theirs opens the sentence
        first = _phrase_start(sentence, words, at)
        if words[first].start() != start:
            return None
        named_end, follows = _qualifiers_end(sentence, word.end())
        rest = sentence[follows:]
        aside = re.match(r",[^,“”\"‘«]{1,160},", rest)
        rest = rest[aside.end() :] if aside else rest
        adverbs = _ADVERBS.match(rest)
        rest = rest[adverbs.end() :] if adverbs else rest
        verb = re.match(r"\s+(?P<verb>[a-z]+)\b", rest)
        if verb is None or not (
            _plain_verb(verb["verb"])
            or _LEADING_VERB.fullmatch(verb["verb"])
            or _MODAL.match(" " + verb["verb"])
        ):
            return None
        return sentence[words[first].start() : named_end].strip()
    return None


def described_after(said: str) -> str | None:
    """The described person a said-clause after the words names ("…,” said a spokesperson for
    the trust", "…,” wrote one reader"); None when it names no such person."""
    said = said.replace("\n", " ")
    verb = re.match(rf"\s*,?\s*(?:{_SPEECH_VERBS})\s+", said)
    if verb is None:
        return None
    rest = said[verb.end() :]
    words = list(_WORD.finditer(rest))
    if not words or words[0].group().lower() not in _DETERMINERS:
        return None
    for at, word in enumerate(words[:7]):
        if people_head(word.group()) and not re.search(r"(?:’s|'s)$", word.group()):
            if _phrase_start(rest, words, at) != 0 or word.group()[:1].isupper():
                return None  # "wrote the Huddersfield Examiner": a paper's name
            named_end, _follows = _qualifiers_end(rest, word.end())
            return rest[:named_end].strip()
    return None
