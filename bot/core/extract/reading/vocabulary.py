"""The extractor's vocabulary: the verbs, names, titles, citations, notes and layout marks it
knows, as patterns and word lists."""

from __future__ import annotations

import re

_SPEECH_VERBS = (
    # what a party or a pleading does with words: "Mr Kirk submitted that", "the response
    # alleges"
    r"(?:submitted that|submits that|alleged|alleges|asserted|asserts|averred|avers|"
    r"said|says|say|wrote|writes|write|argued|argues|asked|asks|added|adds|noted|notes|"
    r"observed|observes|remarked|remarks|replied|replies|insisted|insists|declared|declares|"
    r"claimed|claims|told|tells|recalled|recalls|complained|complains|answered|answers|"
    r"explained|explains|warned|warns|concluded|concludes|continued|continues|admitted|"
    r"admits|suggested|suggests|reported|reports|put it|puts it|went on|goes on|"
    r"objected|objects|confessed|confesses|protested|protests|recorded|records|"
    r"announced|announces|boasted|boasts|joked|jokes|testified|testifies|"
    r"pleaded|pleads|cautioned|cautions|conceded|concedes|countered|counters|"
    r"responded|responds|reflected|reflects|mused|muses|quipped|quips|"
    r"scribbled|scribbles|jotted|jots|lamented|laments|urged|urges|reminded|reminds|"
    r"described|describes|saying|writing|put the matter|put the point|puts the matter|"
    r"put the same point|made the same point|made the point|makes the point|put the case|"
    r"disagreed|disagrees|agreed|agrees|retorted|retorts|commented|comments|stated|states|"
    r"pointed out|points out|referred to|refers to|maintained|maintains|stressed|stresses|"
    r"emphasised|emphasises|emphasized|emphasizes|acknowledged|acknowledges|"
    r"proclaimed|proclaims|expounded|expounds|summed up|sums up|point out|remembered|"
    r"remembers|contend|contends|contended|preached|preaches|tweeted|tweets|emailed|texted|"
    r"messaged|blogged|vowed|vows|predicted|predicts|pledged|pledges|"
    # a writer's and a dictionary's: "Sutcliffe speaks of", "which glosses it"
    r"speaks of|spoke of|glosses|glossed|"
    # a notice's maker: "had printed at the foot of the bill that" (what a paper or a book
    # "printed" without a "that" it relays; "a printed sheet that" is no verb)
    r"printed(?=\s+(?:(?:at|on|in|across|under|over|beneath|below|along|round|inside)\s+"
    r"(?:[\w’'-]+\s+){1,6}?)?that\s))"
)
# a voice raised or lowered: "shouted across the green", "called after me", "whispered" (the
# subject's words; not a verb that makes words inside other words a quotation of their own)
# (an unnamed subject speaks with a raised voice only: "the deceased called out to him" in a
# witness's account is the relayed words' maker, read in relays.py)
_RAISED_VOICE = r"(?:shouted|shouts|whispered|whispers|murmured|murmurs)"
_VOICE_VERBS = rf"(?:{_RAISED_VOICE}|(?:called|calls)\s+(?:out|across|after|back|over|up|down))"
# what several authors, or one cited by year, do: "Hughes and Parry (1998) argue", "Lund et
# al. note" (only after such a subject: "a later note" is no verb)
_PLURAL_VERBS = (
    r"(?:argue|note|observe|remark|insist|claim|suggest|conclude|maintain|explain|warn|"
    r"admit|recall|record|describe|report|comment|write|say|add|point out|state|show)"
)
# verbs whose subject says the quoted words but whose object does not: "he accused Kettering of"
_SUBJECT_VERBS = rf"(?:{_SPEECH_VERBS}|{_VOICE_VERBS}|accused|accuses|denounced|denounces|"
# "thanked him at the meeting “for …”", "praised the crew as “…”": the subject's words
_SUBJECT_VERBS += r"thanked|thanks|praised|praises|congratulated|congratulates|"
# "is on record as saying that", "took the view that", "called for “…”": the subject's words
_SUBJECT_VERBS += r"(?:is|was|went|goes)\s+on\s+record\s+as\s+saying|(?:took|takes)\s+the\s+view|"
# "will tell you, unasked, that": a saying the subject is sure to repeat
_SUBJECT_VERBS += r"(?:called|calls|appealed|appeals)\s+for|(?:will|can|may|might|must)\s+tell|"
# "promised on his last leaflet", "boasted in its newsletter": any verb whose subject put the
# words in a document of their own says them
_SUBJECT_VERBS += (
    r"[a-z]+(?:ed|es|s)\s+(?:on|in)\s+(?:his|her|their|its|our|my)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:leaflet|manifesto|website|blog|newsletter|letter|column|memoir|diary|statement|poster|"
    r"flyer|bulletin|election\s+address|circular|notice|e-?mail|tweet|post|sermon|speech)s?|"
)
# "toasted the bride with “…”", "greeted the inspectors with “…”": what the subject met them with
_SUBJECT_VERBS += (
    r"(?:toasted|greeted|welcomed|answered|interrupted|heckled|silenced|rebuked|dismissed|"
    r"saluted|teased)\s+(?:[a-z][\w’'-]*\s+){0,3}?with(?=\s*$)|"
)
# "posted on its website:", "posted to the group": what the subject put up for others to read
_SUBJECT_VERBS += r"(?:posted|posts)\s+(?:on|to|online)\b|"
_SUBJECT_VERBS += r"(?:is|was) said to have "
# what is done to words by whoever makes them, as a passive says it: "“…”, was written by
# Garside", "was chalked on the gate by the shepherd" (reported, quoted or recorded by someone
# relays them instead)
_WORDS_MADE = (
    r"(?:written|sent|spoken|said|shouted|sung|uttered|scrawled|typed|posted|texted|emailed|"
    r"e-mailed|painted|chalked|carved|composed|penned|coined|signed|dictated|delivered|"
    r"scribbled|whispered|called\s+out|left)"
)
# "called it “…”", "called the new quay “…”": the quoted words are the subject's name for it
# (a verdict too: "found the pictures ‘…’", "thought it ‘…’")
_CALLED_IT = (
    r"(?:(?:called|calls)\s+(?:it|them|this|that|(?:the|her|his|their|its)\s+[A-Za-z][a-z]+)|"
    # "dubbed the club “…”", "calls Callum “…”", "summed the week up as “…”": what the subject
    # names a thing or a person, right before the words
    r"(?:(?:called|calls|dubbed|dubs|christened|christens|nicknamed|nicknames|branded|brands|"
    # "captioned the photograph “…”", "inscribed the flyleaf “…”": words the subject put on it
    r"labelled|labels|hailed|hails|captioned|captions|inscribed|inscribes)\s+(?:him|her|"
    r"(?:the|our|my|your|his|her|their|its)\s+"
    r"(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*|[A-Z][\w’'-]+)(?=\s*(?:as\s+)?(?:[“\"‘]|$)))|"
    r"(?:(?:dubbed|dubs|christened|christens|nicknamed|nicknames|branded|brands|labelled|labels)"
    r"\s+(?:it|them|this|that))|"
    r"(?:(?:summed|sums)\s+(?:it|them|this|that|him|her|[A-Z][\w’'-]+|(?:the|our|my|his|her|"
    r"their|its)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*)\s+up(?=\s+as\b))|"
    r"(?:found|finds|thought|thinks|judged|judges|pronounced|pronounces|deemed|deems)\s+"
    r"(?:it|them|this|(?:the|her|his|their|its)\s+[a-z]+)(?!\s+that))\b"
)
_SUBJECT_VERBS += r"(?:told|said|written|remarked)|(?:called|calls|call) (?:it|them|this|that)"
_SUBJECT_VERBS += r"|(?:has|have|had)\s+written)"  # "Ruth Carrow has written that"
_PARTICLES = (
    r"(?:de|van|von|der|den|ter|la|le|du|da|di|del|della|dos|das|bin|al|ibn|St\.|ap|ab|ferch|y)"
)
# "liked to say", "used to tell", "would write": the subject still says the words
_MODAL = (
    r"(?:(?:liked|loved|used|went on|began|came|wanted|had|was fond of|was given|"
    r"was known|was heard|was wont) to\s+|would\s+|could\s+|did\s+|will\s+|can\s+|may\s+|"
    r"might\s+|must\s+)?"
)
# APA's narrative citation after a name: "Hughes and Parry (1998, p. 4) argue"
_NARRATIVE_YEAR = r"\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?:[,:][^()]{0,20})?\)"
# a capitalised word; its full stop only after an initial or a short abbreviation ("J.", "St.")
# or where no capitalised word follows: "… at Hatch End. Martin went" is two names
# a capitalised word, or initials written together ("W.G.", "J.R.R.")
# a capital letter of any alphabet a name is written in: "Øystein", "Šenk", "Çelik", "Żuławski"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_CAP_WORD = (
    rf"(?:(?:[{_UPPER}]\.){{2,4}}(?![\w’'-])|(?:al|el|bin|ibn|abu|ben)-[{_UPPER}][\w’'-]*|"
    rf"[{_UPPER}][\w’'-]*"
    rf"(?:(?<![\w’'-]{{4}})\.|\.(?!\s+[{_UPPER}]))?)"
)
# a line end before the next line's field label ("Business:", "Date of birth:"): a name in a
# heading's lines of fields stops at its own line ("Mrs Grace Okafor" / "Business: …")
_BEFORE_A_LABEL_LINE = r"(?!\s*\n[ \t]*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}[ \t]*:)"
_NAME = (
    rf"{_CAP_WORD}(?:{_BEFORE_A_LABEL_LINE}\s+(?:{_PARTICLES}\s+){{0,2}}{_CAP_WORD}){{0,3}}"
    r"(?:\s+(?:Jr|Sr|Jnr|Snr)\.|\s+(?:II|III|IV)\b)?"  # "Tomás Ó Briain Jr."
)
_NOT_NAMES = {
    # a greeting before the name it greets ("Welcome Carol!", "Thanks Ann")
    "Welcome",
    "Hello",
    "Hi",
    "Thanks",
    "As",
    "In",
    "But",
    "When",
    "Then",
    "The",
    "This",
    "That",
    "Later",
    "Here",
    "There",
    "She",
    "He",
    "They",
    "It",
    "We",
    "I",
    "Our",
    "His",
    "Her",
    "Their",
    "And",
    "Or",
    "Yet",
    "So",
    "For",
    "After",
    "Before",
    "Years",
    "Once",
    "Still",
    "Even",
    "Now",
    "Elsewhere",
    "Writing",
    "Speaking",
    "Asked",
    "Of",
    "To",
    "On",
    "At",
    "Again",
    "Its",
    "If",
    "What",
    "Who",
    "Where",
    "Why",
    "How",
    "A",
    "An",
    "One",
    "Another",
    "Some",
    "Most",
    "Many",
    "Both",
    "Each",
    "Every",
    "All",
    "No",
    "Not",
    "Like",
    "Unlike",
    "With",
    "Without",
    "Though",
    "Although",
    "While",
    "Since",
    "Because",
    "Until",
    "During",
    "Meanwhile",
    "Finally",
    "First",
    "Second",
    "Third",
    "Next",
    "Indeed",
    "Perhaps",
    "By",
    "From",
    "Ibid",
    "See",
    "Compare",
    "Chapter",
    "Page",
    "Section",
    "Part",
    "Book",
    "Letter",
    "Notes",
    "Note",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Professor",
    "Sir",
    "Lady",
    "Lord",
    "Miss",
    "Nobody",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Anyone",
    "Anybody",
    "None",
    # "Nothing Harrowgate has sent since changes my view": a pronoun opening the sentence
    "Nothing",
    "My",
    "Something",
    "Anything",
    "Everything",
}
_NOT_TITLE_STARTS = _NOT_NAMES - {"The", "A", "An", "On", "Of"}
_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Professor", "Sir", "Lady", "Lord", "Miss"}
_PRONOUNS = re.compile(r"\b(he|she|they|it)\b", re.IGNORECASE)
# (a small word whole: "Rivers at Risk" is not "Rivers a" + "t")
_TITLE_WORD = (
    r"(?:(?:[A-Z0-9][\w’'-]*(?:\([A-Z]\))?|of|the|and|in|a|an|on|for|to|at|with|from|or)"
    r"(?![\w’'-]))"
)
# "one keeper's wife wrote", "Its chairman replied that", "the bishop, Anselm Rook, argued"
_UNNAMED = re.compile(
    rf"\b(?P<name>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|"
    rf"[Tt]he)\s+(?:\*?[A-Z][\w-]*\*?(?:’s|'s)?\s+){{0,3}}"  # "The *Gazette* critic"
    rf"(?:[a-z0-9][\w’'-]*\s+){{0,6}}?[a-z0-9][\w’'-]*"
    rf"(?<!\bto)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bhas)(?<!\bhad)(?<!\bbeen)"
    rf"(?:\s+(?:at|in|of|from)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*){{0,2}}"
    rf"(?:\s+[a-z]+)?)?)"
    rf"(?P<apposed>,[^,]*,)?\s+(?:once\s+|later\s+|also\s+|simply\s+|has\s+|have\s+|had\s+)?"
    rf"(?:(?!saying|writing|describing){_SPEECH_VERBS}\b|{_RAISED_VOICE}\b|{_CALLED_IT}|"
    r"(?<=ha[sd]\s)written\b)"
)
# a word that describes a person before their name, never a word of a clause: "manager",
# "retired", "head" ("says Skelmore manager Gary Dunne", "the retired angler Jim Cottam")
_DESCRIPTOR_WORD = (
    r"(?!(?:that|to|as|about|of|how|what|why|whether|and|or|but|it|him|her|them|us|me|you|"
    r"the|a|an|in|on|at|by|with|for|from|into|after|before|when|while|his|their|its|my|our|"
    r"your|this|these|those|is|was|were|are|be|been|has|had|have|not|no|so|then|also|only|"
    r"just|again|later|once|himself|herself|themselves|there|here|who|whom|whose|which)\b)"
    r"[a-z0-9][\w’'-]*"
)
# what describes the person an apposition names, before their name: "One of its founders, the
# retired angler Jim Cottam, put it plainly:", "The chairman, retired headteacher Ann Hale,
# said" (the person named speaks, not the first description nor the second)
_APPOSED_DESCRIPTION = rf"(?:(?:the|a|an)\s+)?(?:{_DESCRIPTOR_WORD}\s+){{1,3}}"
# Who a colon lead-in names as its subject when its verb is no speech verb: "Its founder,
# Helga Marsh, set out its purpose in her first circular:", "Rosa Achterberg set down the rule:"
_APPOSED_SUBJECT = re.compile(
    r"\b(?:[a-z0-9][\w’'-]*|of\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*),\s+"
    # "One of its founders, the retired angler Jim Cottam, put": the name after its role
    rf"(?:the\s+(?=Rev)|{_APPOSED_DESCRIPTION})?(?P<name>{_NAME}),\s+(?:who\s+)?(?:\w+ly\s+|"
    r"then\s+|later\s+|still\s+|"
    rf"also\s+)?[a-z]"
)
# a sentence that opens with someone's possessive: "Trotsky’s true meaning when he …"
_OWNER_FIRST = re.compile(
    r"^\s*(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:’s|'s|(?<=s)’)\s+[a-z]"
)
# "Fenn was interviewed by the historian Mary Quinn": a name after "by", "with", "to" … is
# not the sentence's subject when it already has one
_AFTER_AGENT = re.compile(
    r"\b(?:by|with|to|for|from|of|about|against|than|like|unlike)"
    r"(?:\s+(?:the|a|an|his|her|their|its|our|my))?"
    # "attended by its director, Leslie Brand,": a name set off after the role it holds
    r"(?:\s+[a-z][\w’'-]*){0,3}(?:(?<=[a-z’'])\s*,)?\s*$"
)
_OWNED_DOCUMENT = re.compile(
    rf"(?P<name>{_NAME})(?:’s|'s)\s+(?:own\s+)?(?:notebook|diary|diaries|log|letters?|journal|"
    r"papers|ledger|daybook|memoir|account|notes|logbook|minute-book)\b"
)
_ROLE_NAMED = re.compile(
    r"(?:(?:\b(?:Mr|Mrs)\s+(?=Recorder\b))?\b(?P<rank>Recorder|Coxswain|Captain|Colonel|Major|General|Admiral|Corporal|Lieutenant|"
    r"Commander|Sergeant|Inspector|"
    r"Superintendent|Constable|Bishop|Archdeacon|Dean|Mayor|Matron|Alderman|Councillor|Canon|"
    r"Skipper)\s+"
    # a title of a place in capitals, set off before the name: "The first Earl of Wendover,
    # Charles Ashby,", "the Vicar of Hailey, Amos Pride,"
    r"|\b(?:the|The)\s+(?:[a-z][\w-]*\s+)?(?P<office>[A-Z][a-z]+)\s+(?:of\s+)?(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+"
    r"|\b(?:the|The|its|Its|their|Their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<role>[a-z][\w-]*),?\s+"
    # an office written with a capital, set off before the name: "the Clerk, Mrs Ann Dees,"
    r"|\b(?:the|The)\s+(?P<titled>[A-Z][a-z]+),\s+)"
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Reverend|Rev|Captain|Canon)\.?\s+)?{_NAME})"
)
# a role the text says someone held then: "The chairman that morning was Colonel Hugh Ashby",
# "The clerk to the justices in my first years was Arthur Penfold", "The postman that winter
# was a woman, Ada Lund," (a later "said the chairman" is that person)
_ROLE_WAS = re.compile(
    r"\b(?:The|the)\s+(?:[a-z][\w-]*\s+)??(?P<role>[a-z][\w-]*)(?:\s+(?:to|of|for)\s+the\s+[a-z]+)?"
    r"(?:\s+(?:that|this|in|on|at|for|during)\s+[^.,;:!?“”\"]{1,30}?)?\s+(?:was|is|had\s+been)\s+"
    r"(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+)?"
    r"(?:(?P<rank>Coxswain|Captain|Colonel|Major|General|Admiral|Lieutenant|Commander|Sergeant|"
    r"Inspector|Superintendent|Constable|Bishop|Canon|Alderman|Councillor|Dr|Mr|Mrs|Miss|Ms|Sir|"
    rf"Reverend|Rev)\.?\s+)?(?P<name>{_NAME})"
)
# a sentence opening on whom the words were written or said to, then its speaker as a pronoun:
# "To her sister Inger she wrote", "To the bishop, Canon Ivor Pugh, he replied" (the one
# written to is never the "she" who wrote, nor whom a later "she" stands for)
_ADDRESSEE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))To\s+(?:(?:his|her|their|my|our|the)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:[A-Z][\w’'.-]*(?:,?\s+|$)){0,4}(?=(?:he|she|they|I|we)\s)"
)
# the parties a report of a trial or hearing names by what the court did with them: the one
# charged ("Thomas Hey (34), weaver, was indicted for …", "Ann Pike, of Leek, was charged
# with …"), later "the prisoner", "the accused", "the defendant"; two charged together ("John
# Ashby (22) and William Ashby (19), brothers, were charged") are the elder and the younger
_CHARGED = re.compile(
    rf"(?:^|(?<=[.:;]\s)|(?<=\n))(?P<first>{_NAME})(?:\s*\((?P<first_age>\d{{1,2}})\))?"
    rf"(?:\s+and\s+(?P<second>{_NAME})(?:\s*\((?P<second_age>\d{{1,2}})\))?)?"
    r"(?:,\s*[^.;:“”\"]{1,80}?)?,?\s+(?:was|were|stood|had\s+been)\s+(?:jointly\s+)?"
    r"(?:indicted|charged|arraigned|tried|summoned|committed\s+for\s+trial|accused|prosecuted)\b"
)
# the judge a report's heading names ("(Before Mr Justice Crane.)", "Before His Honour Judge
# Ibbotson"): later "his Lordship", "the judge", "the learned judge"
_PRESIDING = re.compile(
    r"\b[Bb]efore\s+(?:the\s+)?(?P<name>(?:Mr\.?\s+Justice|Mrs\.?\s+Justice|Lord\s+Justice|"
    r"Baron|(?:His|Her)\s+Honour\s+Judge|Judge|Recorder|Sheriff)\s+[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?)(?=\s*[.,;)\n]|\s*$)"
)
# the one an inquest is held on ("The inquest on Robert Tyson, a waller,", "an inquest into the
# death of Mary Lund"): later "the deceased"
_INQUEST_ON = re.compile(
    rf"\b[Ii]nquest\s+(?:on|upon|into\s+the\s+death\s+of)\s+(?:the\s+body\s+of\s+)?(?P<name>{_NAME})"
)
# the witness whose evidence is being reported: "Richard Gill, the prosecutor, a carter, deposed",
# "Mr Henry Lister, surgeon, gave evidence" (a later "the witness" is them)
_DEPOSED = re.compile(
    rf"(?:^|(?<=[.:;]\s)|(?<=\n))(?P<name>(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME})"
    r"(?:,\s*[^.;:“”\"]{1,80}?,)?\s+(?:deposed|testified|gave\s+evidence|was\s+sworn|"
    r"was\s+called|was\s+examined)\b"
)
# a role in apposition after the full name, as a list of people or the prose gives it: "Richard
# Treloar, H.M. Inspector of Mines", "Josiah Penberthy (1831–1899), manager of the quarry",
# "Silas Menhenick, the curate of Carnmoor"
_ROLE_AFTER_NAME = re.compile(
    rf"(?P<name>{_NAME})[*_]{{0,2}}(?:\s*\([^()]{{1,40}}\))?,\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:[A-Z]\.){1,3}\s+|[a-z][\w-]*\s+){0,2}?(?P<role>[A-Za-z][a-z]+)\s+(?:of|at|for|to|in)\s"
)
# a role the text gives by what someone did: "Given by Canon Arthur Quayle" (a later "the
# donor"), "edited by the Rev. John Haig" ("its editor"), "Lent by Mrs Ann Lister"
_ROLE_BY_DEED = re.compile(
    r"\b(?P<deed>[Gg]iven|[Dd]onated|[Bb]equeathed|[Pp]resented|[Ll]ent|[Ee]dited|[Tt]ranslated|"
    r"[Cc]ompiled|[Pp]hotographed|[Ii]llustrated|[Tt]ranscribed|[Ii]nterviewed|[Cc]onducted|"
    r"[Dd]irected|[Pp]roduced|[Cc]omposed|[Nn]arrated|[Cc]haired|[Hh]osted|[Cc]urated)"
    # "Translated from the Danish, with an introduction and notes, by", "Edited, with notes, by"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?(?:,?\s+with\s+(?:an?\s+)?[a-z]+(?:\s+and\s+[a-z]+)?,?)?"
    r"\s+by\s+(?:the\s+)?"
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Reverend|Canon|Professor)\.?\s+)?{_NAME})"
)
_DOER = {
    "given": "donor",
    "donated": "donor",
    "bequeathed": "donor",
    "presented": "donor",
    "lent": "lender",
    "edited": "editor",
    "translated": "translator",
    "compiled": "compiler",
    "photographed": "photographer",
    "illustrated": "illustrator",
    "transcribed": "transcriber",
    "interviewed": "interviewer",
    # a performance's, a broadcast's or an exhibition's credits: "Conducted by Ruth Amory"
    "conducted": "conductor",
    "directed": "director",
    "produced": "producer",
    "composed": "composer",
    "narrated": "narrator",
    "chaired": "chair",
    "hosted": "host",
    "curated": "curator",
}
# the narrator's kin named once: "My mother, Ellen Hart, ran …" (a later "my mother said" is her)
_MY_KIN_NAMED = re.compile(
    r"\b(?P<kin>[Mm]y\s+(?:(?:elder|younger|eldest|youngest|late|older)\s+)?[a-z][\w-]*),\s+"
    rf"(?P<name>{_NAME}),"
)
# a body a sentence opens with, named in apposition: "The owners, the Harwich Rope Company, were"
_APPOSED_BODY = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The|Its|Their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?,\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}?[A-Z][\w’'-]*),\s"
)
# what the text says of someone's sex: a courtesy title, a kin word before the name
_TITLE_SEX = {
    **dict.fromkeys(("Mr", "Sir", "Lord", "Father", "Brother", "Master"), "m"),
    **dict.fromkeys(("Mrs", "Miss", "Ms", "Lady", "Dame", "Sister", "Mother", "Madame"), "f"),
}
# nouns that say whether a person is a woman or a man: kin ("his widow"), a role with a
# sex ("the actress"), a rank of the peerage ("the duchess")
_FEMALE_NOUNS = (
    r"(?:(?:grand|step|god)?(?:daughter|mother)|wife|widow|(?:step|half-)?sister|niece|aunt|"
    r"fianc[ée]e|bride|spinster|actress|heroine|hostess|governess|headmistress|mistress|"
    r"seamstress|waitress|poetess|authoress|duchess|countess|princess|queen|empress|nun|abbess|"
    r"landlady|girl|woman|housewife|schoolgirl|sister-in-law|daughter-in-law|mother-in-law)"
)
_MALE_NOUNS = (
    r"(?:(?:grand|step|god)?(?:son|father)|husband|widower|(?:step|half-)?brother|nephew|uncle|"
    r"fianc[ée]|bridegroom|bachelor|king|prince|duke|earl|emperor|monk|abbot|boy|schoolboy|"
    r"gentleman|brother-in-law|son-in-law|father-in-law)"
)
_KIN_SEX = re.compile(rf"\b(?:(?P<f>{_FEMALE_NOUNS})|(?P<m>{_MALE_NOUNS}))\s*,?\s*$")
# the same in apposition after the name: "Ada Rook, his widow,", "Lilian Vane, the actress,"
# (also after a bracket and with no article, as a list of people writes it: "Elizabeth Hendra
# (1850–1921), widow of the quarryman"); a maiden name after it says she is a woman: "(née Vosper)"
_SEX_APPOSED = re.compile(
    r"^[*_]{0,2}(?:\s*\((?P<nee>n[ée]e\s)?[^()]{0,40}\))?(?:,\s+(?:(?:his|her|their|the|a|an|"
    r"[A-Z][\w’'-]*(?:’s|'s))\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    rf"(?:(?P<f>{_FEMALE_NOUNS})|(?P<m>{_MALE_NOUNS}))(?![\w’'-]))?"
)
# a lead-in that is only a name and a time, place or manner: "Ruth, later that evening:",
# "Hale, at the bar:", "The captain, more quietly:" (no clause: not "Hale, who …:")
_NAME_THEN_WHEN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),"
    r"\s+(?!(?:who|whom|whose|which|that|and|but|as|if)\b)(?P<when>[a-z][a-z’' -]{1,40}):$"
)
# the name's own "her"/"his" before someone of theirs: "Ada Rook and her husband", "Tom Hale
# and his sister Ivy" (said of the name before, as no other clause comes between)
_PARTNERED = re.compile(r"\s+and\s+(?:(?P<f>her)|(?P<m>his))\s+[a-z]")
# "her" as a possessive after a preposition ("in her first season", "to her sister"): said
# of the person the sentence is about
_HER_POSSESSIVE = re.compile(
    r"\b(?:in|on|at|with|from|of|for|to|into|by|during|after|before|through|about)\s+her\s+"
    r"(?!(?:whether|that|if|to|and|or|but|as|so|then|what|how|why|when|where|not|again|once|"
    r"too|very)\b)[a-z]"
)
# where a name is no sentence's subject (what the words before it in its sentence end with):
# after a preposition ("doctors like Tull"), in apposition to someone a verb acts on ("sent a
# young reporter, Owen Bright,"), in a clause about what someone did ("how the director, X,")
_ASIDE_POSITION = re.compile(
    r"(?:\b(?:to|like|unlike|with|by|about|for|from|against|than|of)\s+"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?|"
    r"\b(?:to|with|under|for|from|against|beside)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*,\s+|"
    r"\b(?:sent|asked|told|met|visited|interviewed|hired|engaged|employed|married|introduced|"
    r"brought|took|called|thanked|questioned)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*,\s+|"
    r"\b(?:how|what|why|whom|whether)\s+(?:the\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+)?)$"
)
# two people of one family named together: "Sidney and Beatrice Webb"
_COUPLE = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w’'-]+)\b"
    r"(?!\s+[A-Z])"
)
# two of a family named together with their surname once: "the Pickersgill brothers, Harold
# and Len", "Samuel Dent and Abel Dent"
_NAMED_TOGETHER = re.compile(
    r"\b[Tt]he\s+(?:two\s+|three\s+)?(?P<surname>[A-Z][a-z][\w’'-]+)\s+(?:brothers|sisters|"
    r"twins|cousins|boys|girls|sons|daughters),\s+(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\b"
    r"|\b(?P<a2>[A-Z][a-z]+)\s+(?P<surname2>[A-Z][a-z][\w’'-]+)\s+and\s+(?P<b2>[A-Z][a-z]+)\s+"
    r"(?P=surname2)\b"
)
# a first name a kin word sets beside: "Thomas, the elder son,", "Nell's brother Kit" (a
# wife's or a husband's surname is not the family's: "Hale's wife, Martha," stays Martha)
_FIRST_NAME_KIN = re.compile(
    r"\b(?P<first>[A-Z][a-z]+),\s+(?P<owner>the|his|her|their)\s+(?:(?:elder|younger|eldest|"
    r"youngest|only|second|third|little|older)\s+)?"
    r"(?:(?P<f>daughter|sister)|son|brother)\b(?=[,;]|\s+(?:of|was|is|had)\b)|"
    r"(?:\b(?P<owner2>[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+(?:’s|'s))\s+(?:(?:elder|younger|eldest|"
    r"youngest|only|second|little|older)\s+)?"
    r"(?:(?P<f2>daughter|sister)|son|brother),?\s+(?P<given>[A-Z][a-z]+)\b"
    r"(?!\s+[A-Z]|’s|'s))"
)
# what makes the person named next the one a passage is about: "Episode six returns to"
_RETURNS_TO = re.compile(
    r"\b(?:return|returns|returned|turn|turns|turned|come back|comes back|came back|go back|"
    r"goes back|went back)\s+to$"
)
# a thing a verb acts on, followed by a pronoun and its verb: a clause saying what was asked or
# written ("answer the question she asked", "kept the letter he wrote"), never who speaks next;
# not a time ("In the end she said", "Later that day he wrote")
_OBJECT_BEFORE_PRONOUN = re.compile(
    r"\b(?!(?:in|at|on|by|for|from|of|with|after|before|during|until|since|later|that|"
    r"and|but|or|when|while|as|then|so|if)\b)[a-z]{2,}\s+(?:the|a|an|this|that|every|each)\s+"
    r"(?!(?:end|day|week|year|month|morning|evening|night|afternoon|summer|winter|spring|"
    r"autumn|time|moment|same)\b)[a-z]+\s+$"
)
# the words before a place's name: "a camp on Salisbury Plain", "born at Hatch End"
_PLACE_BEFORE = re.compile(r"\b(?:on|at|in|near|across|into|beyond|outside|from)\s+$")
# a pronoun with a name inserted in square brackets: "He [Coe] would not …"
_PRONOUN_INSERTED = re.compile(
    r"\b(?:(?P<m>[Hh]e|[Hh]im|[Hh]is)|(?P<f>[Ss]he|[Hh]er))\s*\[(?P<name>[A-Z][^\[\]]{1,40})\]"
)
_SAME_SURNAME_KIN = r"(?:daughter|son|wife|widow|husband|widower|sister|brother|eldest|youngest)"
# a lead-in about a periodical's own words: "Its verdict was brief:", "The paper's leader",
# "the local weekly greeted it as", "The newsletter's last number closed on"
_ITSELF = re.compile(
    r"^\s*(?:Its|It)\b|\b(?:the|The)\s+(?:(?:local|county|parish|village|town|club|"
    r"society)\s+)?(?:paper|newspaper|journal|magazine|weekly|daily|newsletter|bulletin)"
    r"(?:’s|'s)?\b|\b(?:editorial|leader)\b"
)
# an unnamed speaker that is a periodical or one of its numbers: "The newsletter's last number
# of 2016", "the weekly's leader", "The local paper"
_PERIODICAL_ITSELF = re.compile(
    r"^(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:(?:local|county|parish|village|town|club|society)"
    r"\s+)?(?:paper|newspaper|journal|magazine|weekly|daily|newsletter|bulletin)"
    r"(?:(?:’s|'s)\s+(?:[\w’'-]+\s+){0,2}(?:number|issue|edition|leader|editorial))?\b"
)
# what may open a lead-in sentence before its subject: "In the same speech, ", "But "
_OPENING_PHRASE = re.compile(
    r"^(?:(?:In|At|On|During|After|Before|Later|Elsewhere|Again|Here|There|Then|Once|For|By)\b"
    r"[^,“”\"]{0,80},\s+|(?:But|And|So|Yet|Still|Thus|Now)\s+|"
    # "Years later Daniel was candid …:", "Two months afterwards, she …"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:years|decades|months|weeks|days)|Years|Decades|Months|Weeks|"
    r"Days|Long|Soon|Shortly)\s+(?:later|afterwards|after|on),?\s+|"
    # "The next morning Daniel sent me …", "That evening, the keeper …"
    r"(?:The\s+(?:next|following|same)|That|Next)\s+(?:morning|day|evening|night|afternoon|"
    r"week|month|year|spring|summer|autumn|winter),?\s+)"
)
# an opening phrase a sentence sets off without a comma before its subject and its verb of
# saying: "In her witness statement the claimant says", "In his diary Tom Hale wrote"
_BARE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?P<phrase>(?:In|At|On|During)\s+(?:her|his|its|their|the|a|an|this|"
    r"that)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s+"
    r"(?=(?:the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:\w+ly\s+)?"
    rf"{_SPEECH_VERBS}\b)"
    # a time: "At 21:14 on 9 March 2024 the supervisor, …, sent", "By 1911 Ann Bell was"
    r"|(?P<time>(?:In|By|At|On|From|Until|Before|After)\s+(?:about\s+)?(?:\d{4}s?|"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.m\.|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"[A-Z][a-z]+\s+\d{4})(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?)\s+"
    r"(?=the\s+[a-z]|[A-Z][a-z]))"
)
_LOWER_HONORIFIC = re.compile(
    r"^(?:comrade|citizen|brother|sister|president|general|professor|doctor|father|mother)\s+"
    r"(?=[A-Z])"
)
_DESCRIBED_SUBJECT = re.compile(r"^(?:The|A|An|Our|This|That)\s")
_NOT_DESCRIPTION = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "under", "over",
    "after", "never", "ever", "other", "rather", "either", "neither", "together", "whether",
}  # fmt: skip
# what a person is called just before their name: "the historian", "the worker", "the mayor"
_ROLE_NOUN = re.compile(
    r"(?:ian|ist|er|or|man|woman|ess|ant|student|dent|agent|ee|ary|wife|son|daughter|chief|head|"
    r"poet|judge|"
    r"clerk|priest|monk|nun|bishop|king|queen|general|colonel|captain)$"
)
_LEADING_SUBJECT = re.compile(
    rf"^(?P<name>{_NAME})(?:,[^,“”\"]*,)?\s+(?:\w+ly\s+|then\s+|later\s+|also\s+)?[a-z]"
)
# Words that make an unnamed phrase a thing or a clause, not a person ("a speech reported").
_NOT_PEOPLE = {
    "who",
    "that",
    "which",
    "whom",
    "speech",
    "letter",
    "report",
    "note",
    "record",
    "book",
    "article",
    "paper",
    "passage",
    "line",
    "minutes",
    "document",
    "entry",
    "review",
    "headline",
    "phrase",
    "word",
    "notice",
    "sign",
    "poster",
    "story",
    "account",
    "version",
    "page",
    "chapter",
    "lecture",
    "essay",
    "pamphlet",
    "memoir",
    "newspaper",
    "paper's",
    "text",
    "sentence",
    "rule",
    "motto",
    "inscription",
    "plaque",
    "title",
    "caption",
    "committee's",
    "booklet",
    "leaflet",
    "handbook",
    "manual",
    "circular",
    "guide",
    "notebook",
    "board",
    "narrative",
    "narrator",
    "novel",
    "poem",
    "study",
    "interviewee's",
    # documents: "The mill's lease of 1418 calls the water …" is no person
    "lease",
    "deed",
    "charter",
    "will",
    "catalogue",
    "inventory",
    "register",
    "ledger",
    "log",
    "diary",
    "daybook",
    "act",
    "bill",
    "petition",
    "label",
    "map",
    "return",
    "accounts",
    "receipt",
    "contract",
    "agreement",
    "certificate",
    "licence",
    "license",
    "warrant",
    "decree",
    "statute",
    "treaty",
    "advertisement",
    "announcement",
    "bulletin",
    "tract",
    "broadsheet",
    "newsletter",
    "journal",
    "magazine",
    "column",
    "editorial",
    "obituary",
    "memorandum",
    "memo",
    "telegram",
    "postcard",
    "programme",
    "prospectus",
    "brochure",
    "guidebook",
    "sermon",
    "hymn",
    "ballad",
    "epitaph",
    "verdict",
    "judgment",
    "judgement",
    "resolution",
    "motion",
    "order",
    "regulation",
    "regulations",
    "rules",
    "book's",
}
# words that make "Her own letters", "the sharpest she ever wrote" no person: "own" (something
# of someone's), a pronoun (the clause's real subject), a superlative (a thing compared)
_NOT_A_PERSON_PHRASE = {
    "own", "he", "she", "they", "it", "i", "we", "you", "him", "them",
    "longest", "shortest", "best", "worst", "most", "least",
}  # fmt: skip
# a time is nobody, whatever it records: "the spring of 1911 records …"
_TIME_WORDS = {
    "winter", "summer", "spring", "autumn", "year", "years", "month", "week", "day", "days",
    "night", "morning", "evening", "afternoon", "century", "decade", "season", "time", "age",
    "era", "period", "hour", "moment",
}  # fmt: skip
# what the head of a speaker's phrase can never be, as no one says or writes anything: a work,
# a document, a record, a time, a list, a utterance ("his list of eleven", "the Tower Book from
# the winter of 1896", "The appellant’s drainage evidence", "Her reply")
_THING_HEADS = (
    _NOT_PEOPLE - {"who", "that", "which", "whom", "narrator", "board"}
    | _TIME_WORDS
    | {
        "list", "lists", "evidence", "series", "podcast", "film", "documentary", "broadcast",
        "recording", "tape", "episode", "volume", "edition", "issue", "website", "site",
        "thread", "file", "archive", "archives", "collection", "survey", "table", "figure",
        "words", "remark", "remarks", "answer", "reply", "view", "views", "opinion", "comment",
        "minute", "motion", "resolution",
        "statement", "testimony", "proof", "submission", "card", "message", "email",
        "photograph", "picture", "painting", "sampler", "stone", "memorial", "books",
        "records", "history", "biography", "autobiography", "work", "works", "almanac",
        "almanack", "yearbook", "anthology", "album", "preface", "foreword", "introduction",
        "appendix", "footnote", "endnote", "notes", "letters", "papers", "diaries", "plan",
        "policy", "policies", "section", "clause", "schedule", "decision", "sheet", "slip",
        "scrap", "draft", "typescript", "manuscript", "script", "score", "transcript",
        "thesis", "dissertation", "monograph", "reprint", "translation", "direction",
        "directions", "epigraph",
    }
)  # fmt: skip
# "The narrative continues:": a text, not a person, goes on (its speaker is not inherited)
_THING_SUBJECT = re.compile(
    r"^\s*(?:The|This|That|His|Her|Their|Its)\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b"
)
# "she had written", "he has said": the speech verb after an auxiliary
_PERFECT_SPEECH = (
    r"(?:had|has|have|would have)\s+(?:\w+ly\s+|also\s+|already\s+|once\s+)?(?:written|said|"
    r"told|remarked|replied|answered|added|asked|declared|observed|noted|recorded|complained|"
    r"explained|warned|insisted|argued|confessed|admitted)\b"
)
_PRONOUN_VERB = re.compile(
    rf"\b(?:he|she|they|He|She|They)\s+(?:\w+ly\s+|also\s+|once\s+|later\s+|then\s+|"
    rf"ever\s+|never\s+|often\s+|always\s+|first\s+|last\s+|even\s+|still\s+|"
    rf"herself\s+|himself\s+)?(?:{_MODAL}(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})|{_PERFECT_SPEECH}|"
    r"(?<=they\s)(?:resolved|voted|decided|minuted|ruled|decreed)\b|"
    # "“…,” he begins", "she sings:": a speech's or a song's first words
    r"(?:begins|began|sings|sang)\b(?!\s+(?:to|work|life|a|an|the|her|his|their|its)\b))"
)  # "…,” they resolved: a meeting's decision, said by those who met
# a "his" or "her" document saying the words, as its writer says them: "Her letter promised
# that the Council would", "His diary for 1911 warned that" (the pronoun's person speaks; not
# a report or a review, which may be about them)
_PRONOUN_DOCUMENT_VERB = re.compile(
    # ("gives her an answer": "her" is whom it is given, no owner of the answer)
    r"\b(?:[Hh]is|[Hh]er)\s+(?!(?:a|an|the|one|some)\s)(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:letter|note|e-?mail|message|memo|"
    r"reply|answer|statement|diary|journal|notebook|speech|column|memoir|submission|postcard|"
    r"telegram|will)"
    r"(?:\s+(?:of|to|from|on|in)\s+(?:(?!\b(?:he|she|they|I|we|you)\b)[^,;:“”\"()]){1,40}?"
    r"|\s+\([^()]{1,60}\))?"
    rf"\s+(?:\w+ly\s+|also\s+|only\s+)?(?:{_SPEECH_VERBS}|promised|promises)\b"
)
# the text's own first person saying words: "“…?” I asked.", "‘…,’ I said, ‘…’", "I told him:"
_NARRATOR_VERB = re.compile(
    r"\bI\s+(?:\w+ly\s+|then\s+|also\s+|only\s+|once\s+)?(?:said|say|asked|ask|answered|"
    r"replied|added|told|tell|wrote|explained|protested|objected|suggested|insisted|began|"
    r"went on|continued|admitted|confessed|agreed|retorted|countered|warned|cried|ventured|"
    r"called|shouted|whispered|murmured|repeated|persisted|pressed|noted|recorded|remarked|"
    r"observed|reported|complained|texted|emailed)\b"
)
# who turned a book into English: "Translated from the Czech by Peter Aldous"
_TRANSLATED_BY = re.compile(
    r"\b[Tt]ranslated\s+(?:from\s+(?:the\s+)?[A-Z][a-z]+,?\s+)?(?:into\s+English,?\s+)?"
    # "Translated from the Danish, with an introduction and notes, by Ruth Ellery"
    r"(?:with\s+(?:an?\s+)?[a-z]+(?:\s+and\s+[a-z]+)?,?\s+)?"
    rf"(?:and\s+\w+\s+)?by\s+(?P<name>{_NAME})"
)
# who edited the text, as its title page or byline says: "Edited, with an introduction and
# notes, by Margaret Kellett" (the "I" of a section headed as the editor's is hers)
_EDITED_BY = re.compile(
    r"\b[Ee]dited(?:,?\s+with\s+(?:an?\s+)?[a-z]+(?:\s+and\s+[a-z]+)?,?)?\s+by\s+"
    rf"(?P<name>{_NAME})"
)
# a one-word name opening a sentence as its subject, with "he"/"she" in a later sentence:
# "Stalin was one of the leaders … He was born …"
_SUBJECT_THEN_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z][\w-]+)\s+(?:was|is|had|has|became|did)\b"
    r"(?=(?:[^.!?]|[.!?](?!\s)){0,400}[.!?]\s.{0,600}?\b(?:[Hh]e|[Ss]he)\b)",
    re.S,
)
# the same with any verb and a clause between ("Plato imagined …", "Paul, writing to …,
# tries …"), for a word the text never writes in small letters (a proper name, not "Light")
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:In|At|On|After|By)\s+[^,.!?“”\"]{1,40}?,?\s+)?"
    r"(?:[A-Z][\w-]*(?:’s|'s)\s+)?"  # "Shakespeare's Hamlet stands …": Hamlet
    r"(?P<name>[A-Z][a-z][\w-]+)(?:,[^,.!?“”\"]{1,100},)?\s+(?:\w+ly\s+)?"
    r"[a-z]{2,}(?:ed|s)\b"
)
# someone the text calls by a role, opening a sentence as its subject ("The Psalmist knew …",
# "The old miller had …"): the "he" of the sentences after, unnamed as written
_ROLE_SUBJECT = re.compile(
    r"(?:^\s*|(?<=[.!?]\s)|(?<=[.!?][”’\"]\s))(?P<name>The\s+(?:[a-z]+\s+)?(?P<head>[A-Za-z][a-z]+))\s+(?:\w+ly\s+)?"
    r"(?:[a-z]{2,}(?:ed|s)|knew|was|had|wrote|said|saw|gave|took|made|thought|felt|heard|"
    r"came|went|kept|left|sang|spoke|told|met|lost|won|ran|stood|sat|began|did)\b"
)
# someone unnamed at the end of a sentence whose next sentence opens with "She"/"He": "… by a
# parishioner, who asked not to be named. She had nursed …"
_UNNAMED_THEN_PRONOUN = re.compile(
    r"\b(?P<name>(?:an?|one|(?P<the>(?<=from\s)the|(?<=by\s)the))\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)"
    # "Visit from the lock-keeper at Bude, who asked not to be named. Asked how …, he said":
    # the visitor an entry introduces, with where they are from ("the" only after "from" or
    # "by", and with a "who": never a role set beside a name, "Cora Lynde, the actress, who")
    r"(?:\s+(?:at|of|from|in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"(?:(?(the),\s+who\b[^.!?“”\"]{0,120}|(?:,\s+who\b[^.!?“”\"]{0,120})?)[.!?]\s+"
    r"(?:She|He|Asked\b[^.!?“”\"]{0,120},\s+(?:she|he))\b|"
    r",\s+who\b[^.!?“”\"]{0,120}[.!?]\s*$)"  # the last sentence before a lead-in's "he"
)
# "he"/"she" in a sentence after the one that starts here
_LATER_PRONOUN = re.compile(
    r"(?:[^.!?]|[.!?](?!\s)){0,400}[.!?]\s.{0,600}?\b(?:[Hh]e|[Ss]he)\b", re.S
)
_HONORIFIC = re.compile(
    r"^(?:(?:Very\s+|Right\s+)?Reverend|Venerable|Rev\.?|Revd\.?|Canon|Father|Sister|Brother|Captain|Capt\.?|Colonel|Col\.?|"
    r"General|HHJ|(?:(?:His|Her)\s+)?Honour\s+Judge|(?:(?:Mr|Mrs)\s+)?Recorder|(?:Employment|District|Circuit)\s+Judge|Judge|Alderman|Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Sir|"
    r"Dame|Lady|Lord|Coxswain|Lieutenant|Lt\.?|Commander|Admiral|Major|Sergeant|Sgt\.?|"
    r"Corporal|Inspector|Superintendent|Police[- ][Cc]onstable|Police[- ][Ss]ergeant|P\.?C\.?|"
    r"Constable|Bishop|Archdeacon|Dean|Mayor|Matron|Nurse|"
    r"Deacon|Elder|Pastor|Rabbi|Skipper|Representative|Senator|Congressman|Congresswoman)"
    rf"\s+(?=[{_UPPER}]|(?:{_PARTICLES}\s+){{1,2}}[A-Z])"  # "Cllr de la Haye", "Dr Ørsted"
)
_KIN_APPOSED = re.compile(
    r"\b(?:wife|husband|son|daughter|sister|brother|mother|father|widow|widower|cousin|niece|"
    r"nephew|aunt|uncle|grandson|granddaughter|friend),\s+"
    r"(?P<name>(?:(?:Lady|Lord|Sir|Dame|Mrs|Miss|Mr)\s+)?[A-Z][a-z]+),"
)
_RELAYING_VERBS = (
    r"(?:reprints|reprinted|quotes|quoted|prints|printed|records|recorded|cites|cited|"
    r"reproduces|reproduced|collected|collects|transcribed|transcribes)"
)
# a body that issues documents: "Commissioners of Northern Lights", "Ministry of Labour"
_BODY = re.compile(
    r"(?:The\s+)?[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)
# an answer after the question put: "Asked whether she had regretted it, she answered:",
# "When asked by Parry if she would leave, Roberts was firm:"
_ASKED_THEN = re.compile(
    rf"^\s*(?:When\s+|Once\s+)?[Aa]sked\s+(?:(?:in|on)\s+(?:\d{{4}}|[A-Z][a-z]+(?:\s+\d{{4}})?)\s+)?"
    # "Asked in 1990 by the group's first chairman, Jean Tolley, whether": the one who asked
    rf"(?:by\s+(?:(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+,?\s+)?"
    rf"(?:(?P<asker>{_NAME}),?\s+)?)?"
    rf"(?:whether|if|what|why|how|who|where|when|about)\b[^:;“”\"]*?,\s+"
    rf"(?P<name>{_NAME}|he|she)\s+(?:\w+ly\s+)?[a-z]+\b[^“”\"]*$"
)
# a body named with its remit: "Select Committee on the Leather Trades", "Royal Commission on
# Labour", "Committee of Inquiry into the Dock Strike"
_BODY_REMIT = re.compile(
    r"(?:The\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Committee|Commission|Board|Council|Tribunal|Inquiry)"
    r"(?:\s+of\s+Inquiry)?\s+(?:on|of|for|into)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?"
    r"[A-Z][\w’'-]*){0,4}"
)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|than|when|while|because|although|whom)\b")
# words after a quotation that say who said it: ",” she told me.", ",” said Merrow,"
_SAID_BY = (
    r"(?:he|she|they|it|I|(?:his|her|their|my|our)\s+[a-z]+(?:\s+[A-Z][\w’'-]+)?|"
    r"the\s+(?:letter|note|card|postcard|telegram|message|email)|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)  # "she", "his brother Walter", "Ann Rudd"
_SAID_AFTER = re.compile(
    rf"^[”\"’»]?[,.!?]?[”\"’»]?\s*{_SAID_BY}\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b[^.!?“”\"«»]{{0,60}}[.!?,:]?$|"
    rf"^[”\"’»]?[,.!?]?[”\"’»]?\s*{_SAID_BY}\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|He|She|They)\b")
# a colon lead-in about someone's words: "Her verdict is generous:", "His answer was short:"
_POSSESSIVE_LEAD = re.compile(r"^\s*(?:His|Her|Their)\s+(?:own\s+)?[a-z]")
_PASSIVE = re.compile(
    rf"(?P<name>{_NAME})\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:quoted|reported)"
)
# "That letter was quoted in Hollis's history (Hollis 1988, 41).": the sentence after the words
_RELAYED_LATER = re.compile(
    r"^(?:That|This|The|These|Those|It|Her|His|Their)\b[^.]*\b"
    r"(?:quoted|cited|printed|reproduced)\s+(?:in|by)\b"
)
_RELAYED_IN = re.compile(
    r"\b(?:reported|printed|reproduced|quoted|cited)\s+in\s+(?:the\s+)?"
    rf"(?P<via>\*[^*]+\*|_[^_]+_|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD}(?![\w’'-]))*)"
)
# "opened by telling the company", "began by reminding us": the words are what the subject
# told them
_BY_SAYING = (
    r"(?:(?:opened|opens|began|begins|started|starts|closed|closes|ended|ends|finished|finishes|"
    r"answered|answers|replied|replies|responded|responds)\s+(?:\w+\s+){0,2}?by\s+"
    r"(?:telling|saying|asking|reminding|warning|announcing|declaring)\b"
    # "opened with a warning that", "ended with the reminder that": the words are that warning
    # "opened the meeting with a warning that", "welcomed us with the reminder that"
    r"|(?:opened|opens|began|begins|closed|closes|ended|ends|finished|finishes|welcomed|"
    r"welcomes|greeted|greets)\s+(?:(?:us|them|him|her|me|everyone|(?:the|our|its|his|her)\s+"
    r"[a-z]+)\s+)?with\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?(?:warning|reminder|plea|joke|promise|"
    r"complaint|observation|remark|confession|admission|apology|prediction|boast)\b)"
)
# when, between a name and its verb: "Agnes Pryor in 1987 wrote", "Tom Hale on Tuesday said"
_WHEN_BETWEEN = (
    r"(?:\s+(?:in|on|at|by|during)\s+(?:the\s+)?(?:(?:early|late|spring|summer|autumn|winter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?)\s+)*"
    r"(?:of\s+)?(?:1[5-9]\d\d|20\d\d|1[5-9]\d0s|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|spring|summer|autumn|winter)(?![\w’'-])"
    r"|\s+(?:yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|morning))"
    # "The Gazette of that week called it": which issue, between a paper and its verb
    r"|\s+of\s+(?:that|the\s+(?:next|following|same))\s+(?:day|week|month|morning|evening|"
    r"weekend|Saturday|Sunday|Friday))?"
)
# a predicate before the saying one shares its subject: "Ann Hale presented the cups and
# dubbed the club “…”", "keeps a board by his door and will tell you that"
_SHARED_PREDICATE = r"(?:(?:[a-z]+ed|[a-z]+s)\s+[^,.;:!?“”\"‘’()]{1,60}?\s+and\s+)?"
_NAME_THEN_VERB = re.compile(
    rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:\s+et\s+al\.?)?)"
    # "Ingrid Ødegård of the Seed Bank, interviewed by …, called", "Ewa Nowak of Leeds
    # University described": where a person named in full is from
    rf"(?P<of>\s+of\s+(?:the\s+)?{_NAME}(?=,|\s+(?:\w+ly\s+)?[a-z]))?"
    # an aside between commas or dashes: "Garside – who would not give his first name – said"
    r"(?:\s*,[^,“”\"]*,|\s+[—–-]\s[^—–“”\"]{1,80}?\s[—–-](?=\s))?"
    rf"(?:\s+{_NARRATIVE_YEAR})?{_WHEN_BETWEEN}\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|"
    rf"also\s+|once\s+|later\s+|then\s+|herself\s+|himself\s+|themselves\s+|always\s+|"
    r"often\s+|sometimes\s+)?"
    # "Hale called the river “…”"
    rf"{_SHARED_PREDICATE}{_MODAL}(?:{_SUBJECT_VERBS}\b|{_CALLED_IT}|{_BY_SAYING})"
)
_PLURAL_SUBJECT = re.compile(
    rf"(?P<name>{_NAME}\s+(?:and|&)\s+{_NAME}|{_NAME}\s+et\s+al\.?|{_NAME}(?=\s+\())"
    rf"(?:\s+{_NARRATIVE_YEAR})?\s+(?:\w+ly\s+|also\s+)?{_PLURAL_VERBS}\b"
)
# "wrote Merrow", never the object of the verb: "described Wrabness Quay’s as", "told Renn that"
_VERB_THEN_NAME = re.compile(
    rf"\b{_SPEECH_VERBS}\s+(?P<name>{_NAME})(?![\w’'-])(?<!’s)(?<!'s)(?!\s+[A-Z])"
    r"(?!\s+(?:as|that|to|about|of|how|what|why|whether)\b)"
)
# what a lead-in writes about someone before their name, never the speaker: an owner ("Ormsby's",
# "the Tollbridge Mercury's", "Fell End Dairy's"), a club or a place ("Skelmore"), a role or
# office in small letters ("manager", "head judge"): "says Skelmore manager Gary Dunne", "said
# Ormsby's Lisa Marchetti" (the person named after them speaks)
_OWNER_WORD = rf"(?:{_CAP_WORD}\s+){{0,3}}{_CAP_WORD}(?:’s|'s|(?<=s)’|(?<=s)')"
_DESCRIBED = (
    rf"(?:(?:the|The)\s+)?(?:{_OWNER_WORD}\s+(?:{_DESCRIPTOR_WORD}\s+){{0,3}}|"
    rf"(?:{_CAP_WORD}\s+){{0,3}}(?:{_DESCRIPTOR_WORD}\s+(?:and\s+)?){{1,5}})"
)
# a sentence's subject named after what describes them: "Former Harbury captain Derek Oates
# was blunt:", "The club's historian Andrew MacLeod set it down:"
_DESCRIBED_LEADING = re.compile(
    rf"^{_DESCRIBED}(?P<name>{_NAME})(?:\s*,[^,“”\"]*,)?\s+(?:\w+ly\s+|then\s+|later\s+|also\s+)?"
    r"[a-z]"
)
# an inverted lead-in whose name comes after what describes them: "…,” says Skelmore manager
# Gary Dunne, “…”", "admits Fell End Dairy's cheesemaker Øystein Brekke"
# what describes a person before their name, or set off before it: "Skelmore manager", "the
# council’s finance director since 2021, ", "Hale's daughter, "
_BEFORE_NAME = (
    rf"(?:{_DESCRIBED}|(?:the|its|his|her|their|our|{_OWNER_WORD})\s+[^,.;:!?“”\"]{{1,60}}?,\s+)"
)
_VERB_THEN_DESCRIBED = re.compile(
    rf"\b(?i:{_SPEECH_VERBS})\s+{_BEFORE_NAME}"
    rf"(?P<name>{_NAME})(?![\w’'-])(?<!’s)(?<!'s)"
    r"(?=\s*[,.;:!?(”\"’]|\s+(?:of|who|after|when|in|at|on|before|from)\b|\s*$)"
)
# "the verdict of Silas Pascoe", "the objection of Councillor Edith Marlow", "was the verdict
# of judge Harry Bolton-Price": whose words
_WORDS_OF = re.compile(
    r"\b(?:objection|protest|words|verdict|complaint|warning|opinion|remark|plea|answer|reply|"
    r"retort|view|views|judgement|judgment|speech|address|sermon|evidence|testimony|"
    r"summing-up|dissent)\s+of\s+"
    rf"(?:{_BEFORE_NAME})?(?P<name>(?:(?:Councillor|Alderman|Mr|Mrs|Miss|Dr|Sir|Lady|Canon|"
    rf"Captain)\s+)?{_NAME})"
)
# who is given the next words: "The last word went to the branch's oldest member, Ethel
# Akinyemi, 96:", "It was left to Canon Philippa Strand to sum up:"
_GIVEN_THE_WORD = re.compile(
    r"\b(?:(?:last|final|first)\s+word\s+(?:went|goes|belongs|belonged|fell|falls|was\s+left)|"
    r"(?:was|is)\s+left)\s+to\s+(?:the\s+)?"
    rf"(?:{_BEFORE_NAME})?(?P<name>{_NAME})(?=\s*[,:(]|\s+to\s+(?:sum|say|add|reply|answer|"
    r"speak|have|close|end)\b)"
)
# a name set off after what describes it, then its verb: "the association's regional officer,
# Janet Priddy, would say", "Unison’s branch secretary, Gerald Ashdown-Price, said"
_DESCRIBED_THEN_VERB = re.compile(
    # "The vicar, the Rev. Ann Hale, thanked": a rank written with its article
    rf"\b(?:[a-z][\w’'-]*|{_CAP_WORD}(?:’s|'s|(?<=s)’)),\s+"
    rf"(?:the\s+(?=Rev|Hon|Very|Right)|{_APPOSED_DESCRIPTION})?"
    rf"(?P<name>{_NAME})"
    # "The examiner, Rachel Ong of Ong & Petrie, Tollbridge, states": her firm and its town
    r"(?:\s+of\s+[^,.;:!?“”\"]{1,40}(?:,\s+[A-Z][\w’'-]*)?)?,\s+"
    rf"(?:\w+ly\s+|also\s+|then\s+|later\s+)?{_SHARED_PREDICATE}{_MODAL}"
    rf"(?:{_SUBJECT_VERBS}\b|{_CALLED_IT}|{_BY_SAYING})"
)
# "Nils Aas, who called it", "a review from Ann Lie in the Tidende, who wrote that": the one a
# relative clause of saying is about
_WHO_SAID = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:in|of)\s+(?:the\s+)?[^,.;:“”\"]{{1,40}})?,\s+who\s+"
    rf"(?:\w+ly\s+|also\s+|then\s+|later\s+|once\s+)?{_MODAL}(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})"
)
# the speaker after a fronted predicate, at a colon: "Next to speak was Alice Brearley:",
# "Speaking for the union was the branch secretary, Tom Kaye:" (the one who was next speaks)
_INVERTED_SPEAKER = re.compile(
    r"^\s*(?:(?:Next|First|Last|Then|Also|Second|Third)\b[^:“”\".!?]{0,60}?|"
    r"(?:Speaking|Replying|Answering|Responding|Writing|Summing\s+up)\b[^:“”\".!?]{0,60}?)\s+"
    r"(?:was|came)\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    rf"[a-z][\w’'-]*,\s+)?(?P<name>{_NAME})(?:,[^:“”\"]{{0,80}})?\s*:\s*$"
)
# a cleft sentence: "It was Margaret Hale who said", "It is Ann Rudd, not the council, who
# wrote that": the one it sets apart said the words
_CLEFT_SPEAKER = re.compile(
    rf"\b[Ii]t\s+(?:was|is|had\s+been)\s+(?P<name>{_NAME})(?:,\s+not\s+[^,“”\"]{{1,60}},)?\s+who\s+"
    rf"(?:\w+ly\s+|also\s+|first\s+|then\s+)?{_MODAL}(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})"
)
# a predicate about the subject, then a participle of saying: "Martin Kerslake was less
# forgiving, calling the recount “…”", "Ann Rudd, asked about it, was blunt, describing it as"
_PREDICATE_THEN_SAYING = re.compile(
    rf"(?P<name>{_NAME})(?:\s*,[^,“”\"]*,)?,?\s+(?:was|were|is|are|had\s+been|seemed|sounded)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+(?:calling|describing|dismissing|branding|"
    r"labelling|saying|telling\s+(?:me|us|him|her|them|the\s+[a-z]+)|warning|insisting|arguing|"
    r"adding)\b[^.!?“”\"]*$"
)
_ACCORDING = re.compile(
    rf"\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s|[Ff]or)\s+(?P<name>{_NAME})"
    rf"(?:\s+of\s+{_CAP_WORD})?"  # "As Brother Cuthbert of Ampleforth put it"
    rf"(?:’s|'s)?(?:\s+(?:words|phrase|account|view)|\s+{_SPEECH_VERBS}|\s*[,:])"
)
# "According to the lock-keeper, Amos Rill,", "In the words of its treasurer, Jane Oake,"
_ACCORDING_ROLE = re.compile(
    r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+(?:the|her|his|their|its|our|an?)\s+"
    rf"(?:[\w’'-]+\s+){{0,6}}?[a-z][\w’'-]*,\s+(?P<name>{_NAME})(?=\s*[,.;:!?]|\s*$)"
)
# "the objection of Councillor Edith Marlow", "the verdict of Silas Pascoe": whose words
_POSSESSIVE = re.compile(
    rf"\b(?:[Ii]n\s+)?(?P<name>{_NAME})(?:’s|'s|(?<=s)’|(?<=s)')\s+"
    # "Binns's whole reply", "Pym's own words": a word or two describing them, no clause
    r"(?:(?!(?:in|of|on|at|to|for|by|with|from|his|her|their|its|the|a|an|and|or|was|is)\b)"
    r"[a-z]+\s+){0,2}?(?:words|phrase|"
    r"reply|view|letters?|notes?|diary|diaries|memoir|answer|account|lecture|speech|preface|"
    r"verdict|comment|remark|response|retort|judgement|judgment|opinion|take|assessment|"
    r"summary|advice|message|warning|explanation|description|journal|book|narrative|study|article|pamphlet|essay|report|testimony|statement|hand|"
    # a writer's or a paper's own piece: "Venkataraman's paper in the Journal describes"
    r"paper|papers|thesis|dissertation|column|obituary|editorial|blog|poem|sermon|"
    # a witness's or a party's: "Mr Sethi's evidence was that", "the appellant's submissions"
    r"evidence|submissions?|representations|contention|"
    # a body's own papers: "the Council's press release", "the Trust's newsletter"
    r"press\s+release|newsletter|bulletin|leaflet|circular|announcement|release|website|e-?mail|"
    # a character's or a singer's: "Saint George's last line", "the Doctor's boast"
    r"handwriting|line|lines|boast|toast|refrain|chorus|catchphrase|cry|taunt|plea|motto)\b"
)
_GENRES = (
    r"(?:book|essay|memoir|pamphlet|article|letter|report|lecture|speech|novel|diary|address|"
    r"sermon|history|study|collection|survey|notebook|journal|work|biography|treatise|poem|"
    r"broadcast|theses|thesis|interview|paper|monograph|series|programme|podcast|documentary|"
    r"film|novella|play|song|hymn|ballad|jingle|anthem|carol|autobiography|strategy|talk|"
    r"application|magazine|newsletter|bulletin|newspaper|periodical|catalogue)"
)
# "in his excellent book Another View of Stalin", "their study Soviet Communism – A New
# Civilisation": a title named after what kind of work it is (never a person, even in capitals)
_GENRE_TITLE = re.compile(
    # "her presidential address of 1979, ‘Looking Down’,", "a talk, 'Men Under the Hill',"
    rf"(?<!\bto\s)\b{_GENRES}(?:\s+(?:of|in|from)\s+\d{{4}}|\s+for\s+(?:it|him|her|them|us|"
    # "The Trust’s application to the Radio Authority, A Voice for the Dale (1998),"
    r"the\s+[a-z]+)|\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=,))?"
    r"\s*,?\s+"
    r"(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|‘[^’]+’|\"[^\"]+\"|'[^'\n]+?'(?=[\s,.;:)])|"
    rf"[A-Z][\w’'-]*(?:\s+(?:{_TITLE_WORD}(?:[–—]\d{{2,4}})?|[–—]))*)"  # "Water Again 2019–2029"
)
# a titled part of a work: "the chapter “After the Bell”", "her last section is called “…”"
_PART_OF_WORK = re.compile(
    r"\b(?:chapters?|sections?|parts?|cantos?|acts?|scenes?|episodes?)\b(?:\s+\w+){0,3}\s*,?\s*$",
    re.IGNORECASE,
)
# a work named after its kind that _GENRES leaves out, a broadcast, a recording or a serial:
# "the BBC Radio Cumbria series Cumbrian Lives", "the school magazine, The Curlew," (a name in
# it is a title, never someone a later "she" stands for)
_SERIAL_TITLE = re.compile(
    r"\b(?:series|programme|podcast|documentary|film|album|serial|anthology|almanac|almanack|"
    r"yearbook|magazine|newsletter|periodical|broadsheet)\s*,?\s+(?P<title>\*[^*]+\*|_[^_]+_|"
    rf"[A-Z][\w’'-]*(?:\s+(?:{_TITLE_WORD}|[–—]))*)"
)
# "a second tract, which she called simply An Answer,": a work named by what it was called
_CALLED_TITLE = re.compile(
    rf"\b(?:{_GENRES}|ledger|log|tract|newsletter|magazine|register|scrapbook|column|leaflet|"
    r"booklet|circular|broadsheet|lines|verses|stanzas)s?\b,?\s+(?:(?:which|that)\s+)?(?:(?:he|"
    r"she|they|it|I|we|[A-Z][\w’'-]+)\s+(?:\w+ly\s+|later\s+|then\s+)?)?(?:called|entitled|"
    # "the lines headed *On a Mill Chimney*": verses carry their title as a heading (a letter
    # "headed" is only its letterhead)
    r"titled|(?<=lines\s)headed|(?<=verses\s)headed|(?<=poem\s)headed|(?<=song\s)headed)\s+"
    r"(?:it\s+)?(?:simply\s+|just\s+|only\s+)?(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|‘[^’]+’|"
    rf"\"[^\"]+\"|'[^'\n]+?'(?=[\s,.;:)])|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD})*)"
)
# "the Gazette’s reviewer": someone who wrote in a periodical, which is where the words are
_PERIODICAL_ROLE = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?P<paper>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)(?:’s|'s)\s+"
    r"(?:\w+\s+)?(?:reviewer|critic|correspondent|editor|reporter|columnist|leader-writer)\b"
)
# a newspaper's name: what it prints of someone's spoken words it reports (``via``)
# a station or channel that broadcasts what it is told: "BBC Radio Lune", "Eastmere Sound"
_BROADCASTER = re.compile(
    r"\b(?:Radio|Television|TV|BBC|ITV|FM|Channel|Broadcasting|Sound|Newsroom)\b"
)
_NEWSPAPER = re.compile(
    r"\b(?:Gazette|Chronicle|Times|Advertiser|Herald|Courier|Post|Mercury|Tribune|Observer|"
    r"Guardian|Telegraph|News|Weekly|Echo|Standard|Express|Mail|Argus|Examiner|Packet|Clarion|"
    r"Sentinel|Journal|Dispatch|Despatch|Intelligencer|Gleaner|Enquirer|Recorder|Star|Citizen)$"
)
_SPOKEN = re.compile(
    r"\b(?:said|says|say|told|tells|answered|answers|replied|replies|asked|asks|joked|"
    r"exclaimed|interview|interviewed|speech|spoke|addressed|reporter|put it)\b"
)
# "the Regulations are", "the Regulations says": capitalised words with "the" standing as a
# subject (not "the Harbour office", where they describe what follows)
_NAMED_WITH_THE = re.compile(
    r"\bthe\s+(?P<w>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)(?=\s*[,.;:)]|\s*$|\s+(?:is|are|was|"
    r"were|has|have|had|say|says|said|put|puts|go|goes|went|add|adds|also|then|insist|insists|"
    r"state|states|require|requires|warn|warns|tell|tells|continue|continues|give|gives)\b)"
)
# "…, answered by the Harbour Board, which declared that": the one the clause is about
_RELATIVE_SPEAKER = re.compile(
    rf"(?P<name>{_NAME}),\s+(?P<who>who|which)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?"
    rf"{_SPEECH_VERBS}\b"
)
# where one sentence ends and the next begins, also after a note marker ("said.[^4] The",
# "said.* The")
_SENTENCE_BREAK = re.compile(
    r"(?<!\bet al\.)"  # "Okafor et al. (2011)": one citation
    r"(?:(?<=[.!?])(?<!\bRev\.)(?<!\bRevd\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bSt\.)"
    # (a reference's number in brackets ends one, a law report's year "[1964] AC 301" none)
    r"(?<!\bProf\.)(?<!\s[A-Z]\.)(?<!\bvol\.)(?<!\bVol\.)|(?<=\d\])(?<!\[1[5-9]\d\d\])(?<!\[20\d\d\])|(?<=</sup>)|"
    r"(?<=[¹²³⁴⁵⁶⁷⁸⁹⁰])|"
    r"(?<=[.!?”\"’][*†‡§+#])|"
    # a label in bold closed after its stop: "**No. 320. The Baildon coiner.** Halliwell …"
    r"(?<=[.!?]\*\*)|(?<=[.!?]__))\s+(?=[A-Z“\"‘«(]|$)"
)  # not after a title's or an initial's full stop: "the Rev. J. H. Prowse"
# a sentence's end, also after the closing mark of a quotation that ends it: "… holds in.” Its"
_SENTENCE_OR_QUOTE_BREAK = re.compile(
    _SENTENCE_BREAK.pattern + r"|(?<=[.!?][”\"’'])\s+(?=[A-Z“\"‘«(])"
)
# people nobody names, as a sentence's subject: "A party of walkers from Leeds crossed …",
# "Two sisters from Alston, who …, complained", "The town's lighting committee inspected …"
# (the "they" of the words that follow)
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>(?:A|An|Two|Three|Four|Five|Several|Some|The)\s+"
    r"(?:[a-z][\w-]*(?:’s|'s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<head>party|group|deputation|delegation|committee|board|family|crew|team|band|"
    r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ees|ers|men|ren|sisters|brothers|ies|ives))"
    r"(?:\s+of\s+(?:[A-Z][\w-]*\s+)?[a-z]+s)?"
    r"(?:\s+(?:from|of|in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"(?:\s+in\s+\d{4})?(?=,|\s+(?:\w+ly\s+)?(?:who|which|were|was|had|have|went|came|met|"
    r"sat|wrote|sent|gave|took|held|spoke|rose|stood|left|made|found|saw|heard|began|"
    r"[a-z]+ed)\b)"
)
# "a saying that the folklorist Ada Kell collected", "a verdict that Kell also prints": the
# one who wrote the words down relays them (``via``); the sentence's subject said them
_RECORDED_BY = re.compile(
    rf"\b(?:that|which)\s+(?:the\s+(?:[a-z][\w’'-]*\s+){{1,3}})?(?P<via>{_NAME})\s+"
    r"(?:also\s+|later\s+|afterwards\s+|duly\s+|then\s+)?(?:recorded|records|wrote down|"
    r"writes down|set down|sets down|collected|collects|noted down|notes down|took down|"
    r"takes down|prints|printed|quotes|quoted|reproduces|reproduced|preserved|preserves|"
    r"copied|copies|transcribed|transcribes)\b"
)
# "Garside said, as recorded by PC Dawn Hesketh in her notebook:": who wrote the words down
# relays them; the sentence's subject said them
_AS_RECORDED_BY = re.compile(
    r"\bas\s+(?:recorded|noted|logged|transcribed|minuted|taken\s+down|written\s+down|set\s+down|"
    r"noted\s+down)\s+by\s+(?:the\s+(?:[a-z][\w’'-]*\s+){1,3})?"
    rf"(?P<via>{_NAME})"
)
# "A curate from Durham, walking through the valley in 1887, left an account …:": someone
# unnamed, the subject of a colon lead-in that describes them
_UNNAMED_WRITER = re.compile(
    r"^(?P<name>(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w’'-]*)"
    r"(?P<place>\s+(?:of|from|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    r"(?P<clause>,[^,“”\"]{1,120},)?\s+(?:\w+ly\s+|also\s+)?(?:left|gave|wrote|sent|added|"
    r"offered|recorded|put|summed)\b"
)  # described by where they came from or by a clause: "A visitor left a card:" says less
# "told the Leeds Mercury that", "Asked by a reporter from the Examiner": a paper that
# reports someone's spoken words relays them
_TOLD_PAPER = re.compile(
    # "Asked about it by the *Musical Times*, Ord said": a paper that asked reports the answer
    r"\b(?:told|[Ii]nterviewed by|[Aa]sked(?:\s+(?:about\s+)?(?:it|this|that|them|him|her))?\s+by|"
    r"reporter from|reporter of|correspondent of|spoke to|"
    r"[Tt]alking to|talked to|[Ss]peaking to|spoken to|speaks to)\s+(?:the\s+)?"
    r"(?P<paper>\*[^*]{2,60}\*|_[^_]{2,60}_|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
# "…, as the Yorkshire Post reported them": the paper relays the words
_PAPER_REPORTED = re.compile(
    r"\b(?:as|which|that)\s+the\s+(?P<paper>\*[^*]{2,60}\*|_[^_]{2,60}_|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:reported|printed|quoted|reports|prints|"
    r"quotes)\b"
)
# "Its last entry is “…”": words of a document the sentence before says someone kept
_DOCUMENT_LINE = re.compile(
    r"^\s*(?:Its|The\s+(?:diary|journal|log|logbook|notebook|day-?book)(?:’s|'s))\s+"
    r"(?:(?:last|first|final|only|opening|closing|longest|shortest|best-known)\s+)?"
    r"(?:entry|line|words|sentence)\s+(?:is|was|reads|read|runs|ran)\s*:?\s*$"
)
_KEPT_DOCUMENT = re.compile(
    rf"^\s*(?P<who>He|She|{_NAME})\s+(?:\w+ly\s+|also\s+)?(?:kept|wrote|left|began|started)\s+"
    r"(?:a|an|his|her)\s+(?:\w+\s+)?(?:diary|journal|log|logbook|notebook|day-?book|"
    r"letter-?book)\b"
)
# "Joseph Arnaud's own rule of the house was carved over the door:": his words
_OWN_SAYING = re.compile(
    rf"^(?P<name>{_NAME})(?:’s|'s)\s+(?:own\s+|favourite\s+|last\s+)?(?:rule|motto|maxim|creed|"
    r"epitaph|instructions|advice|inscription|prayer|toast|grace)\b"
)
# the possessive standing for the words before where they were written: "The classic view
# is Ann Hale's, in Rooks and Pawns (1931):", "The best answer remains Rudd's, in his memoir:"
_POSSESSOR_IN_WORK = re.compile(
    rf"(?:^|\s)(?P<name>{_NAME})(?:’s|'s)(?:\s+(?:too|again|also))?,?\s+in\s+[^:“”\"]{{1,120}}:$"
)
# "Colonel Yorke's report was published in December.": the "it" of "“…,” it began"
_OWNED_WORDS = re.compile(
    rf"^(?:(?:In|By|On)\s+[^,]{{1,40}},\s+)?(?P<name>{_NAME})(?:’s|'s)\s+(?:own\s+|first\s+|last\s+|"
    r"final\s+)?(?:report|letter|speech|sermon|address|petition|notice|circular|will|memorandum|"
    r"statement|appeal|pamphlet|leaflet|manifesto)\b"
)
# "a farmer named Angus Bell rose to object that": he speaks what he rose to say
_ROSE_TO = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}},)?\s+(?:rose|stood up|got up|stood|was quick|"
    r"hastened|wrote back|wrote again)\s+to\s+(?:object|protest|complain|ask|say|declare|argue|"
    r"insist|warn|propose|reply|answer|point out|remind|suggest|add)\b"
)
# "Such was the verdict of the Association's secretary, a Methodist named Silas Pascoe": the
# sentence after the words says whose they were
_SUCH_WAS = re.compile(
    r"^\s*(?:Such|That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:last\s+|own\s+)?"
    r"(?:verdict|words|answer|reply|view|judgement|judgment|opinion|comment|advice|motto)\s+"
    r"of\s+(?P<who>[^.!?]{3,160})"
)
# "“Sixpence a day,” was the reply.": whoever the sentence before says was asked
_WAS_THE_REPLY = re.compile(
    r"^\s*(?:was|came)\s+(?:the|his|her|their)\s+(?:reply|answer|response|retort)\b"
)
# "… Edith Rowe, who ends her chapter with a sentence of her own:": the one the clause is
# about, when it speaks of her words
_WHO_WORDS = re.compile(
    r"\b(?:sentence|sentences|words|line|lines|remark|verdict|answer|reply|letter|note|"
    r"comment|summary|saying)\b"
)
# "…,” said the colonel", "So wrote the Gazette's correspondent": who, after the words
_VERB_THEN_ROLE = re.compile(
    rf"^\s*(?:(?:So|Thus|so|thus)\s+)?{_SPEECH_VERBS}\s+(?P<name>(?:the|a|an|one|my|our)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:’s|'s)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*))(?=\s*[,.;:!?]|\s+(?:in|at|when|to|as|who|of)\b|\s*$)"
)
# "wrote the Bristol Mercury" after the words: the paper's own
_PAPER_WROTE = re.compile(
    r"^\s*(?:wrote|writes|declared|declares|commented|comments|observed|observes|said|says|"
    r"added|adds|thundered|thunders|remarked|remarks)\s+the\s+"
    r"(?P<paper>[*_]?(?:[A-Z][\w’'-]*\s+){0,3}(?:Gazette|Chronicle|Times|Advertiser|Herald|"
    r"Courier|Post|Mercury|Tribune|Observer|Guardian|Telegraph|News|Echo|Standard|Express|Mail|"
    r"Argus|Examiner|Packet|Sentinel|Journal|Reporter))\b"
)
_DOCUMENT_PLURALS = {
    "letters", "papers", "minutes", "records", "orders", "chapters", "matters", "numbers",
    "registers", "ledgers", "posters", "banners", "figures", "entries", "diaries", "stories",
}  # fmt: skip
# "… and asked Edmund Hale whether …", "she told her niece, Ann Rudd,": a name after such a
# verb is whom the subject spoke to, not who speaks next
_OBJECT_VERB = re.compile(
    r"\b(?:asked|told|answered|thanked|visited|met|questioned|interviewed|urged|begged|warned|"
    r"reminded|informed|persuaded|wrote to|called on|showed|handed|sent)"
    r"(?:\s+(?:the|a|an|his|her|their|its))?(?:\s+[a-z][\w’'-]*){0,2},?\s*$"
)
# "A sergeant was less gallant:": an unnamed person as a colon lead-in's subject
_UNNAMED_SUBJECT = re.compile(
    r"^(?P<name>(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w’'-]*)"
    r"(?:\s+(?:of|from|in|at)\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,3}?)?)"
    # "A carter in the same file was blunter:": where the text found them, not who they are
    r"(?:\s+(?:on|in|at|from)\s+(?:the|this|that|a|an)\s+(?:same\s+|next\s+|following\s+)?"
    r"[a-z]+)?\s+(?:was|were|is|had|has|did|could|would|seemed|sounded)\b"
)
_PERSON_NOUNS = {
    "man", "woman", "men", "women", "child", "girl", "boy", "member", "neighbour", "neighbor",
    "friend", "soldier", "private", "visitor", "resident", "widow", "wife", "husband",
    "mother", "father", "sister", "brother", "son", "daughter", "nurse", "pupil", "guest",
    "colleague", "parishioner", "local", "veteran", "survivor", "witness", "recruit",
    "cousin", "aunt", "uncle", "niece", "nephew", "curate", "vicar", "rector", "chaplain",
    "deacon", "verger", "sexton", "squire", "matron", "warden", "steward", "surgeon", "architect",
    "critic", "candidate", "opponent", "rival",
}  # fmt: skip
# "a ganger named Patrick Doyle", "a keeper called Ann Rudd": a person the lead-in introduces
_INTRODUCED = re.compile(
    r"\b(?:named|called|known\s+(?:only\s+|simply\s+)?as|"
    r"(?:gave|give|gives|giving)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|"
    # a pen name: "who signed himself ‘Signalman’", "who writes as “Kedge”", "under the name
    # Owl": the name the text gives the writer
    r"(?:signed|signs|signing)\s+(?:himself|herself|themselves)|"
    r"(?:wrote|writes|writing|published|publishes)\s+as|under\s+the\s+(?:pen[- ]?)?name(?:\s+of)?)"
    rf"\s+[“\"‘']?(?P<name>{_NAME})"
)
# a pen name the text gives a writer in quote marks: "who signed himself ‘Signalman’", "who
# writes as “Kedge”", "who published under the name “Owl”": the writer's name in the text
_PEN_NAME = re.compile(
    r"\bwho\s+(?:\w+ly\s+|always\s+)?(?:(?:signed|signs)\s+(?:himself|herself|themselves)"
    r"(?:\s+as)?|(?:wrote|writes|published|publishes)(?:\s+\w+){0,2}?\s+"
    r"(?:as|under\s+the\s+(?:pen[- ]?)?name))"
    r"\s+[“\"‘'](?P<pen>[A-Z][^”\"’'\n]{0,30}?)[”\"’']"
)
# what says a name introduced is the one the text gives someone, not a description's
_GIVEN_NAME = re.compile(r"\b(?:known|name|signed|signs|signing|wrote|writes|writing|published)\b")
# a plural of a kind of person: "Visitors", "Critics", "Neighbours", "Children"
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ics|ours|men|ren)")
_PLURAL_SUBJECT_UNNAMED = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?P<name>{_PLURAL_NOUN.pattern})\s+(?:\w+ly\s+|also\s+)?"
    rf"(?:{_SUBJECT_VERBS}|{_PLURAL_VERBS})\b"
)
_TITLED_UNNAMED = re.compile(
    r"\b(?P<name>[Tt]he\s+(?:[a-z]+\s+){1,3}(?P<title>[A-Z][a-z]+))(?:,[^,“”\"]{1,120},)?\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b"
)
# a lead ending "with the words", "in the words of her reply": what follows is quoted
_WORDS_LEAD = re.compile(r"\b(?:with|in|by)\s+(?:the|these|those|her|his|their)\s+words\s*$")
# "Joan Pell, the night operator, who …": the person a relative clause is about
_WHO_CLAUSE = re.compile(rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}})?,\s+who\b")
# words someone wrote: a letter or an article in a paper is printed there under their name
_WRITTEN = re.compile(
    r"\b(?:wrote|writes|write|written|letter|letters|article|column|leader|editorial|"
    # "a correspondent who signed himself “Ratepayer”": a letter; a review is written
    r"signed|correspondent|[Rr]eview|[Rr]eviews|[Rr]eviewed|[Rr]eviewing)\b"
)
# "R. Vane to H. Bowen": a letter described by who wrote to whom, not a title
_LETTER_TO = re.compile(
    rf"^(?P<writer>{_NAME}(?:\s+of\s+{_NAME})?)\s+to\s+(?:{_NAME}|(?:his|her|their|the)\s+"
    # "… to the Trustees": a body written to; "… to his niece Mary Ordway": a kin and her name
    rf"(?:(?:[a-z]+\s+){{1,2}}{_NAME}|[a-z]+(?:\s+[a-z]+)?|{_NAME}))$"
    # "… to the Save the Lido Campaign": a body whose name has small words in it
    r"|^(?P<body_writer>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+to\s+the\s+[A-Z][\w’'-]*"
    r"(?:\s+(?:the|of|and|for|[A-Z][\w’'-]*)){0,6}$"
)
# a works-cited entry's label for an untitled piece (MLA), not its title: "Letter to Fergus
# Lyall", "Interview with Ann Hale", "Telegram from the Board"
_DESCRIBED_LETTER = re.compile(
    r"^(?:Letter|Letters|Telegram|Postcard|Card|Note|Memorandum|E-?mail|Interview|Conversation)"
    r"\s+(?:to|from|with)\s+(?:the\s+)?[A-Z]"
)
# a document described by its kind and whose it is, not titled: "Will of Thomas Venn",
# "Interview with Doreen Fisk", "Deposition of Mary Hale": that person's words, no work
_DESCRIBED_DOCUMENT = re.compile(
    r"^(?:(?:Last\s+)?Will(?:\s+and\s+Testament)?|Deposition|Testimony|Statement|Petition|"
    rf"(?:Recorded\s+)?Interview|Conversation)\s+(?:of|with)\s+(?P<name>{_NAME})$"
)
# a paragraph after a block quotation that gives its citation: "The quotation is from the
# last chapter.[4]"
_BACK_REFERENCE = re.compile(
    r"^(?:The|This|These|Those|That|His|Her|Their|[A-Z][\w-]+(?:’s|'s))\s+(?:[a-z]+\s+)?"
    r"(?:citation|quotation|quote|passage|lines|words|extract|excerpt|reference|evidence|"
    r"statement|testimony|account|speech|answer|reply)\b[^.!?\[]{0,120}?[.!?]?\s*"
    r"(?P<marker>\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
)
# a sentence opening the paragraph after a block quotation that gives only its page:
# "That's pp. 60–61.", "That is page 12."
_PAGE_TOLD = re.compile(
    r"^\s*(?:That|This|It)(?:’s|'s|\s+is|\s+was|\s+comes\s+from)\s+(?:on\s+)?"
    r"(?:pp?\.|pages?)\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*[.;]"
)
# a title in quote marks in a lead-in: "in his report on ‘Mastering Bolshevism’:"
_QUOTED_TITLE = re.compile(r"(?<![\w’'])[‘“\"](?P<title>[A-Z][^‘’“”\".!?:;]{2,80})[’”\"](?![\w])")
# "The Webbs quoted a Mr Calvin B Hoover": the words are Hoover's, the Webbs relay them
# what may stand between a paper and its verb: its title's closing italics, then its date and page
# in brackets or its date ("The *Express* (12 July 1984, p. 4) quoted", "The Express of 12 July
# 1984 quoted")
_PAPER_ASIDE = r"\*?(?P<aside>\s*\([^()“”\"]{1,60}\)|\s+of\s+\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})?"
_QUOTES_PERSON = re.compile(
    rf"(?:(?P<via>{_NAME}){_PAPER_ASIDE}"
    # "The article quoted Joan Pryce as saying", "An article on 12 March (…) quoted": an
    # untitled document relays nobody's words but its quoted speaker's
    r"|\b(?P<document>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:article|report|piece|story|leader|editorial|obituary|review|"
    r"pamphlet|broadcast|programme|interview)\b[^“”\".;:()]{0,80}?(?:\s*\([^()]{1,80}\))?))"
    r"(?:,[^,“”\"]{1,160},)?\s+(?:also\s+)?(?:quoted|quotes|cited|cites)\s+"
    rf"(?:an?\s+)?"
    rf"(?P<name>{_NAME})"
)
# what a body or a party issues in its own voice: "The respondent's response", "the
# pottery's price list"
_OWNED_DOCUMENT_NOUNS = (
    r"(?:response|reply|answer|handbook|letter|statement|evidence|submission|report|rules|"
    r"minutes|website|list|catalogue|notice|policy|note|notes|leaflet|brochure|newsletter|"
    r"release|verdict|ruling|decision|guidance|advice|defence|case|position|account|diary)\b"
)
# a document by whose it is: "Its submission", "her written evidence", "his memoir"
_POSSESSED_DOCUMENT = (
    r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[A-Za-z][a-z-]+(?:’s|'s))\s+"
    r"(?:[a-z][\w-]*\s+)?(?:submission|evidence|report|"
    r"response|letter|book|study|survey|history|account|article|paper|memoir|biography|"
    r"pamphlet|thesis|statement)"
)
# "He cited a Soviet emigre, interviewed in 1950, as saying:": an unnamed speaker, relayed
_QUOTES_UNNAMED = re.compile(
    r"(?P<via>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|\b[Hh]e|\b[Ss]he|\b[Tt]hey"
    # "Its submission quotes a driver from Kington:": the one whose document it is
    rf"|{_POSSESSED_DOCUMENT}){_PAPER_ASIDE}"
    r"(?:,[^,“”\"]{1,160},)?\s+(?:also\s+)?(?:quoted|quotes|cited|cites)\s+"
    r"(?P<name>(?:an?|one|another|some)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*"
    r"(?:\s+(?:from|of|in|at)\s+[A-Z][\w’'-]*)?)"
    r"(?=\s*,|\s+as\s+say|\s*:)"
)
# "Ross prints a tenant's letter in the same tone:", "she quotes one pupil's diary:": the
# unnamed writer's words, relayed by whoever prints them
_RELAYS_UNNAMED_DOCUMENT = re.compile(
    r"(?P<via>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)"
    r"\s+(?:also\s+)?(?:quoted|quotes|cited|cites|prints|printed|reprints|reprinted|"
    r"reproduces|reproduced|gives|gave)\s+"
    r"(?P<name>(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:’s|'s)\s+"
    r"(?:letter|note|diary|journal|complaint|reply|answer|account|entry|verdict|remark|words|"
    r"postcard|card|memory|recollection)\b[^“”\"]{0,80}:\s*$"
)
# "the editor of Fairlie's letters": the letters are the topic, their writer is not speaking
_OF_POSSESSOR = re.compile(r"\b(?:of|about|than|as|with|against|on)\s+$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|by|of|for|from|about|against|toward|towards|at|in|"
    # "Seventy years on Tom told …": "on" after a span of time ends a time phrase
    r"(?<!years\s)(?<!months\s)(?<!decades\s)(?<!weeks\s)(?<!days\s)on|near|before|after|"
    r"than|as)\s+$"
)
_LOWER_PLACE_PHRASE = re.compile(r"\s+(?:at|on|during)\s+(?:the\s+)?(?:[a-z0-9][\w’'-]*\s*)+$")
_REPORTED_WORDS = re.compile(
    rf"(?P<via>{_NAME})\s+(?:reported|printed|quoted|reproduced|recorded|published)\s+"
    r"(?:her|his|their)\s+(?:\w+\s+)?(?:speech|words|remarks|account|answer|reply|letter|"
    r"statement|address|sermon|testimony)\b"
)
# "the Gazette reported her as saying that", "The paper quoted Abel Dunkin as telling the
# crowd", "It has IV saying": the one reported speaks, the paper reporting them relays the words
_REPORTED_AS_SAYING = re.compile(
    rf"(?P<via>\*[^*\n]{{2,60}}\*|_[^_\n]{{2,60}}_|{_NAME}|[Tt]he\s+(?:paper|newspaper|report)|It)"
    r"\s+(?:\w+ly\s+)?(?:reported|reports|quoted|quotes|had|has|recorded|records)\s+"
    rf"(?:(?:the|its|their)\s+(?:[a-z]+\s+){{0,2}}[a-z]+,\s+)?(?P<who>him|her|them|{_NAME}),?\s+"
    r"as\s+(?:saying|telling|declaring|remarking|adding|"
    r"having\s+said|having\s+told)\b"
    # "the farmer, Walter Quick, was reported as saying": the one reported, named before
    rf"|(?P<passive>{_NAME}),?\s+(?:is|was|were|are)\s+(?:\w+ly\s+)?(?:reported|quoted)\s+"
    r"(?:\w+\s+){0,3}?as\s+(?:saying|telling|declaring|remarking|having\s+said)\b"
)
# "Said Lenin in 1919:", "Wrote Merrow:": the verb before its subject
_VERB_FIRST = re.compile(rf"^\s*(?P<verb>[A-Z][a-z]+(?: out| to)?)\s+(?P<name>{_NAME})")
# "Stalin, in his interview with Roy Howard, of the Howard-Scripps Press, said:": the subject
# of the sentence, not a name inside what interrupts it
_INTERRUPTED_SUBJECT = re.compile(
    # (a citation's abbreviations inside: "Halliwell Sutcliffe, in *By Moor and Fell* (1899),
    # p. 212, speaks of")
    rf"^\s*(?P<name>{_NAME}(?:\s+and\s+{_NAME})?),"
    r"(?P<between>(?:[^“”\".!?]|\b(?:pp?|vol|ch|no|col|fol)\.){1,240}?)\s+"
    rf"(?:\w+ly\s+|also\s+|then\s+)?(?:{_SPEECH_VERBS}\b|(?:quoted|cited)\b(?!\s+(?:an?\s+)?[A-Z]))"
)
# words that end the names of doctrines, bodies and events, never of people
_NOT_PERSON_ENDINGS = re.compile(
    r"(?:ism|isms|tion|tions|ment|ments|ity|ities|ness|ship|ology|archy|Union|Party|Committee|"
    r"Congress|Society|Revolution|Republic|Army|Press|Council|Conference|Commission|Street|Road|"
    r"Lane|Hall|Church|Chapel|River|Bay|Island|Rock|Hill|Point|Valley|Bridge|Station|Square|"
    r"House|Castle|Park|Town|City|County|Sea|Lake|Lighthouse|Office|Library|Gazette|Times|"
    r"Advertiser|Herald|Courier|Post|Mercury|Chronicle|Tribune|Observer|Guardian|Telegraph|"
    r"Journal|Review|Newsletter|Bulletin|Record|News|Exchange)$"
)
# a day's issue of a paper: "yesterday's", "Saturday's", "last week's", "this morning's"
_ISSUE_DAY = (
    r"(?:[Yy]esterday|[Tt]oday|[Tt]onight|(?:[Tt]his|[Ll]ast|[Tt]hat)\s+(?:morning|evening|night|"
    r"week|month|Sunday)|[Ll]ast\s+[A-Z][a-z]+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:’s|'s)"
)
_WORK_IN = re.compile(
    rf"\b(?:[Ii]n|for(?=\s+{_ISSUE_DAY}))\s+(?:(?:his|her|their|its|the|a)\s+(?:\d{{4}}\s+)?(?:book|essay|memoir|pamphlet|"
    r"article|letter|report|lecture|speech|novel|diary|address|sermon|history|study|"
    r"collection|survey|notebook|journal)\s*,?\s+|(?:his|her|their)\s+(?=[A-Z])"
    # "in Saturday's *Courier*", "for yesterday's Herald": the paper of that day
    rf"|{_ISSUE_DAY}\s+)?"
    rf"(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|\"[^\"]+\"|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD})*)"
)
# "in the Orchard Newsletter": a periodical named with "the" (a place, "in the Town Hall", is not)
_PERIODICAL_IN = re.compile(
    # "in the *Dale Courant*": a title in italics after "in the" is one, whatever its words
    r"\b[Ii]n\s+the\s+\*?(?P<title>(?<=\*)[A-Z][^*\n]{1,80}?(?=\*)|"
    r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Newsletter|Gazette|Bulletin|Times|"
    r"Review|Journal|Herald|Chronicle|Magazine|Quarterly|Post|News|Courier|Minutes|Record|"
    r"Register|Mercury|Observer|Tribune|Advertiser|Circular|Proceedings|Transactions|Annual|"
    r"Almanac|Yearbook)s?\b)"
)
_TITLE_LEAD = re.compile(
    r"\b(?:essay|article|poem|story|chapter|lecture|song|book|pamphlet|titled|entitled|headline|"
    r"called|named|headed|in|of)\s*,?\s*$",
    re.IGNORECASE,
)
# what introduces a newspaper's headline, which is a title whatever its punctuation: "The
# headline: “…”", "headlined “…”", "under the headline “…”", "the headline read “…”"
_HEADLINE_LEAD = re.compile(
    r"\b(?:[Hh]eadlined|[Hh]eadline(?:\s+(?:was|read|ran|said))?)\s*[:,]?\s*$"
)
# someone's words a paper took for its headline ("which the editor used as his headline:"):
# still theirs
_WORDS_AS_HEADLINE = re.compile(r"\bas\s+(?:\w+\s+)?headline\s*[:,]?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# an author–date year with the letter that tells one author's works of a year apart ("Hale
# 1987a", "(2019b)"): the letter is part of the reference, not of the date
_LETTERED_YEAR = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?P<letter>[a-h])\b")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# "4 May 1903", "May 4", "spring 1982": when something was written, never a title or a page
_DATE_PART = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|{_MONTH}$|"
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b)"
)
_LOCATOR = re.compile(
    r"\b(?:tape|reel|box|folder|folio|fol|item|file|line|lines|col|column|plate|fig|figure|"
    r"track|disc|cassette|entry|no|nos|number|vol|volume|chapter|ch|section|sec|para|"
    r"paragraph|act|scene|canto|book|part|rule|clause|article|art|regulation|lot|item|"
    r"minute|min|mins|resolution|verse|stanza)\.?\s*$",
    re.IGNORECASE,
)
# an archive's call mark before a number: "Archives départementales, 14 J 3", "MS 4", "KH/4/2"
_ARCHIVE_MARK = re.compile(r"(?:\b\d+\s+[A-Z]{1,3}|\bMSS?\.?|\b[A-Z]{1,4}(?:/\w+)+/?)\s*$")
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*,?\s*$")
_YEARS = re.compile(r"\(?(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s*\d{2,4}\)?")
# a page number, its range, its note ("12n3", "12 n. 3", "12, n. 3") or the pages after it
# ("12f.", "12ff.")
_PAGE_NUMBER_FORM = r"\d+(?:\s*[-–—]\s*\d+)?(?:,?\s*n\.?\s*\d+|\s?ff?\b\.?)?"
_PAGE = re.compile(
    rf"\b(?:pp?\.|pages?|pg\.|pp?(?=\d))\s*(?P<page>{_PAGE_NUMBER_FORM}|[ivxlc]+\b)",
    re.IGNORECASE,
)
# A place in a work other than a page, kept with its label (HELDOUT.md, "Principle:
# locators"): a manuscript's folio, a column, lines, a numbered paragraph, a printed sheet's
# signature; "folio 12r", "column 4", "lines 3-5", "paragraph 9", "¶ 9" spelled or marked so;
# a decimal paragraph number ("para. 5.12", a report's section 5, its paragraph 12) kept whole
# (a question number "Q14", "Q. 430", never a year's quarter "Q3 2023")
_OTHER_LOCATOR = re.compile(
    r"(?<![\w.])(?P<label>fols?\.|folios?|cols?\.|cols?(?=\s*\d)|columns?|Qq?\.|Qq?(?=\s?\d)(?!\s?[1-4]\s+(?:19|20)\d\d\b)|ll?\.|lines?|"
    r"paras?\.|pars?\.|paragraphs?|¶+|"
    r"sigs?\.|signatures?)\s*(?P<at>(?:[A-Z]{1,2}\d+|\d+(?:\.\d+)*)[rvab]?"
    r"(?:\s*[-–—]\s*(?:[A-Z]{1,2}\d+|\d+(?:\.\d+)*)[rvab]?)?)(?![\w-])",
    re.IGNORECASE,
)
# a time stamp in a recording: "00:14:32", "1:02:07", "14:32" (a citation's, never the prose's)
_TIME_STAMP = re.compile(r"(?<![\d:.])(?P<at>(?:\d{1,2}:)?\d{1,2}:\d{2})(?![\d:])")
_LOCATOR_LABELS = {
    "fol": "fol.",
    "folio": "fol.",
    "col": "col.",
    "column": "col.",
    "l": "l.",
    "line": "l.",
    "para": "para.",
    "par": "para.",  # MLA's "par. 12"
    "paragraph": "para.",
    "¶": "para.",
    "sig": "sig.",
    "signature": "sig.",
    "q": "Q",  # a committee's question number: "Q. 430", "Q 14" -> "Q430", "Q14"
    "qq": "Qq",
}
# "Thought and Art, No. 6", "Vol. 3": an issue or volume number, never a page
_ISSUE = re.compile(r"\b(?:no|nos|vol|vols|issue|number|part)\.?\s*\d+\s*$", re.IGNORECASE)
# "(Mastering Bolshevism by JV Stalin, 1937)": a work and its author
_BY = re.compile(r"^(?P<work>.+?)\s+by\s+(?P<name>[A-Z][^,;()]*)$")
_TRAILING_NUMBER = re.compile(rf"(?:,|:)\s*(?P<page>{_PAGE_NUMBER_FORM})\s*$")
# MLA's author–page form: (Lusk 211), (Kell, "Second Letter" 5)
_AUTHOR_PAGE = re.compile(rf"(?<=[A-Za-z”\"’.*_])\s+(?P<page>{_PAGE_NUMBER_FORM})\s*$")
# words that end the name of a document or a body, never of a person: "Station Log"
_TITLE_NOUNS = re.compile(
    r"\b(?:Log|Logs|Book|Books|Letters|Diary|Diaries|Minutes|Report|Reports|Gazette|Newsletter|"
    r"Journal|Review|Times|Chronicle|Papers|Records|Instructions|Proceedings|Register|Bulletin|"
    r"Society|Office|Commission|Committee|Council|Library|Archive|Archives|Circulars?|Herald|"
    r"Courier|Chronicle|Advertiser|Mercury|Tribune|Observer|Echo|Packet|Argus|Examiner|"
    r"Sentinel|Telegraph|Guardian|News|Weekly|Magazine)\b"
)
# a recording's episode and the player's time: "ep. 2, 17:45", "episode 3, 1:02:10"
_EPISODE_TIME = re.compile(
    r"(?:ep|eps|episode)\.?\s*(?:\d{1,3}|[a-z]+),?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}", re.I
)
# a recorded series named with its kind: "*The Drowned Hall* is a six-part podcast", "the
# radio series *Old Roads*"
_SERIES = re.compile(
    r"[*_](?P<title>[^*_\n]{2,80})[*_],?\s+(?:is|was)\s+an?\s+[^.\n]{0,40}?\b"
    r"(?:podcast|radio series|series|documentary)\b"
    r"|\b(?:podcast|radio series|documentary)\s+[*_](?P<title2>[^*_\n]{2,80})[*_]",
    re.I,
)
# "Club minutes", "Trust papers": a body's records described in small letters, not a title
# a works-cited entry of a recording: the voice in it is its speaker's own
_RECORDING = re.compile(
    r"\b(?:recording|recorded|audio|video|sound|podcast|cassette|broadcast|film|\d+\s*min)\b",
    re.IGNORECASE,
)
# a title's leading article, which a short title drops (English, French, German, Spanish, Italian)
_ARTICLE = r"^(?:the|a|an|les|le|la|l|der|die|das|el|los|las|il|lo|gli) "
# a title that names the body issuing it: "Rules of the Honiton Cross Lace School"
_ISSUED_BY = re.compile(
    r"(?:Minutes|Rules|Regulations|Bye-?laws|By-laws|Standing Orders|Orders|Report|Reports)\s+of\b"
)
# a record kept over years, not a book: its span of years is how long it was kept
_RECORD_TITLE = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}(?:journal|diary|diaries|minutes|log|logbook|log-book|accounts|letters|"
    r"papers|register|notebooks?|daybook|records|correspondence|ledgers?|minute book)\b",
    re.IGNORECASE,
)
_DESCRIBED_RECORD = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+)?(?:minutes|papers|records|accounts|ledgers?|"
    # "Hut book, 12 July 1954", "Parish register": a record named by what it is, in small letters
    r"book|log|logbook|diary|journal|notebook|register|daybook)"
)
# a given name, a nickname in quotation marks, a surname: 'Edward "Turkey" Smart'
_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+(?:[\"“‘'][A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?[\"”’']|"
    # 'Margaret ("Peggy") Ashworth', "Margaret (Peggy) Ashworth": a nickname in brackets
    r"\(\s*[\"“‘']?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?[\"”’']?\s*\))\s+"
    r"(?P<last>[A-Z][a-z][\w’'-]+)\b"
)
# the note before, named again: "Ibid.", "Ibid., p. 7", the law's "Id. at 16", "Same source",
# the document it cited by its kind ("The same letter, quoted in …", "Same register, fol. 9")
_IBID = re.compile(
    r"^\s*(?:(?:ibid|ibidem|(?:the\s+)?same\s+(?:source|letter|document|entry|record|register|"
    r"will|diary|journal|interview|tape|recording|minutes|notebook))\b\.?|id\.(?=\s+at\s+\d))",
    re.IGNORECASE,
)
# "Arne, op. cit., p. 44": the work of that author cited in an earlier note
# OSCOLA: a case, its law report (year, volume, series, first page, court) and the pinpoint
# page, perhaps the judge: "Hollins v Ashcombe Parish Council [1972] AC 410 (HL) 418 (Lord
# Tarrant)"; a statute by its short title and year, a section no page: "Commons Act 1965, s 1"
_CASE = re.compile(
    # (the case's name in italics, as OSCOLA sets it, or not)
    r"^[*_]?(?P<case>[A-Z][^\[\]()*]*?\s+v\.?\s+[A-Z][^\[\]()*]*?)[*_]?\s+"
    r"[\[(](?P<year>1[5-9]\d\d|20\d\d)[\])]"
    r"\s+(?:\d+\s+)?[A-Z][A-Za-z. &]*?\s+\d+(?:\s+\([A-Z]{1,5}(?:\s?[A-Za-z]{1,5})?\))?"
    r"(?:,?\s+(?P<pin>\d+(?:\s*[-–]\s*\d+)?))?(?:\s+\((?P<judge>[A-Z][^()]+)\))?$"
)
# a case cited by its court and date, unreported, with its pinpoint: "Crane v Hale (Leeds County
# Court, 12 March 1978), at 14", "Ord v Bly (Court of Appeal, 1931) 7"
_UNREPORTED_CASE = re.compile(
    r"^[*_]?(?P<case>[A-Z][^\[\]()*]*?\s+v\.?\s+[A-Z][^\[\]()*]*?)[*_]?\s+"
    r"\([^()]*?\b(?P<year>1[5-9]\d\d|20\d\d)\)"
    r"(?:,?\s+(?:at\s+|pp?\.\s*)?(?P<pin>\d+(?:\s*[-–]\s*\d+)?))?$"
)
_STATUTE = re.compile(
    r"^(?P<act>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the|for))*\s+Act\s+(?:1[5-9]\d\d|20\d\d))"
    r"(?:,?\s+(?:ss?|sch|art|para|pt)\.?\s*\d.*)?$"
)
# a parliamentary debate as OSCOLA cites its official report: "HC Deb 12 March 1931 vol 249 col
# 1120", "HL Deb 14 April 1931, vol 80, cols 512–513", "Hansard, HC Deb 3 May 1950": the series
# is the work, the column the place in it, the day the sitting's date
_DEBATES = re.compile(
    r"^(?:Hansard,?\s+(?=H[CL]\s+Deb))?(?P<series>H[CL]\s+Deb|Hansard|Parl\.\s*Deb\.?|"
    r"(?:House\s+of\s+(?:Commons|Lords)\s+)?Parliamentary\s+Debates)(?![\w’'])\.?\s*,?\s*"
    r"(?:\(?\w+\s+ser(?:ies|\.)?\)?\s*,?\s*)?"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+(?P<year>1[5-9]\d\d|20\d\d))?\s*,?\s*"
    r"(?:vol\.?\s*\d+)?\s*,?\s*(?P<place>(?:cols?\b|columns?\b).*)?$"
)
# the US Congressional Record as the Bluebook cites it: "99 Cong. Rec. 5123 (1953)", "167 Cong.
# Rec. H1234 (daily ed. Mar. 3, 2021)": the volume, the series, the page
_CONGRESSIONAL = re.compile(
    r"^\d{1,3}\s+(?P<series>Cong\.\s*Rec\.)\s+(?P<page>[HS]?\d{1,5})"
    r"(?:\s*\((?:daily\s+ed\.\s*)?[^()]*?(?P<year>1[7-9]\d\d|20\d\d)\))?$"
)
# "Idem, fol. 31r" (Latin "the same"): the previous note's author, in that work unless another
# title follows; "Croft, loc. cit.": the very place that author's last note cited
_IDEM = re.compile(r"^\s*(?:idem|eadem|id\.)(?!\w)\.?", re.IGNORECASE)
_LOC_CIT = re.compile(
    r"^(?:(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),?\s+)?(?i:loc\.\s*cit)\b\.?"
)
_OP_CIT = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),?\s+op\.\s*cit\b\.?")
_IBID_PAGE = re.compile(r"^[\s,:;]*(?P<page>\d+(?:\s*[-–—]\s*\d+)?)\s*$")
# "Pryor (1999)": one author and a year in running text (APA narrative; authors cited
# together, "Hughes and Parry (1998)", are the lead-in's subject)
_NARRATIVE_CITE = re.compile(
    r"(?<!and )(?<!& )\b(?P<name>[A-Z][\w’'-]+)(?P<others>\s+et\s+al\.)?\s+"
    r"\((?P<year>(?:1[5-9]\d\d|20\d\d)[a-h]?)(?:[,:]\s*(?P<where>[^()]{1,30}))?\)"
)
_RELAY = re.compile(r"\b(?:cited|quoted|qtd\.?)\s+(?:in|by)\s+", re.IGNORECASE)
_SAME_WORK = re.compile(
    r"\b(?:same (?:book|essay|work|letter|article|memoir|report|lecture|page|chapter|passage|"
    r"speech|address|interview|pamphlet|study|novel|diary|broadcast)|"
    r"went on|goes on|continued|continues|later in|further on|a few pages later|"
    r"adds|added|again)\b|"
    r"^\s*and\s+this\b(?=[^“”\"]*:\s*$)",  # "And this, on the owner:": more of the same
    re.IGNORECASE,
)
# numbered references (Vancouver, IEEE): "[1] Shaw, R. (ed.) (1981) Dunmere Voices. …"
# IEEE's authors, initials first, then a comma: "R. Okoro, ", "W. Kemp and J.-P. Roux, "
_IEEE_AUTHORS = re.compile(
    r"^(?P<authors>(?:[A-Z]\.\s?-?)+\s*[A-Z][\w’'-]+"
    r"(?:(?:,\s+|,?\s+and\s+)(?:[A-Z]\.\s?-?)+\s*[A-Z][\w’'-]+)*),\s+(?=[“\"‘A-Z])"
)
_REFERENCE = re.compile(r"^\[(?P<n>\d{1,3})\]\s+(?P<body>.+)$", re.S)
_AUTHOR_YEAR = re.compile(
    r"^(?P<authors>[^()\[\]]{2,80}?)\s*(?:\((?:eds?|ed\.|eds\.)\.?\)\s*)?\((?P<year>\d{4})\)\s*(?P<rest>.+)$"
)
# a numbered list's entry as HTML or Markdown sets it: "1. Tull A. First annual report. …"
_LISTED_REFERENCE = re.compile(r"^(?P<n>\d{1,3})\.\s+(?P<body>\S.+)$", re.S)
# Vancouver authors: "Tull A.", "Hosken PJ, Ley M." (surname, then initials without points)
_VANCOUVER_AUTHORS = re.compile(
    r"^(?P<last>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*)\s+(?P<initials>[A-Z]{1,3})"
    r"(?:,\s*[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*\s+[A-Z]{1,3})*(?:,?\s+et al)?\.\s+(?P<rest>.+)$"
)
# an in-text numbered reference in parentheses: "(3)", "(3, p. 12)", "(3, 12)"
_NUMBERED_CITE = re.compile(r"^(?P<n>\d{1,3})(?:\s*,\s*(?P<where>[^()]{1,40}))?$")
# what is never a work's title: a bare number, a page, a date or a year
# (a month, a season or a feast of the year alone is when, never what: "she wrote in March",
# "her Lent letter", "his Christmas message")
_NOT_A_TITLE = re.compile(
    rf"^(?:(?:pp?\.\s*)?\d+(?:\s*[-–—]\s*\d+)?|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH}|"
    r"spring|summer|autumn|winter|lent|advent|easter|christmas|whitsun(?:tide)?|michaelmas|"
    r"candlemas|lammas|martinmas|hogmanay)$",
    re.IGNORECASE,
)
_BRACKET_REFERENCE = re.compile(r"\[(?P<n>\d{1,3})(?:,\s*(?P<where>[^\[\]]{1,40}))?\]")
_BRACKET_REFERENCE_AFTER = re.compile(
    r"^[\s.,;:!?”\"’'»]{0,3}\[(?P<n>\d{1,3})(?:,\s*(?P<where>[^\[\]]{1,40}))?\]"
)
# a note number printed as plain digits right after a quotation's closing mark
# AMA's raised reference number with its page, printed plain: "…”1(p12)", "…”2(pp3-4)"
_AMA_MARKER = re.compile(
    r"^[.,;:!?]{0,2}(?P<n>\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\((?P<where>pp?\s?\d+(?:\s*[-–]\s*\d+)?)\)"
)
_BARE_MARKER = re.compile(r"^[.,;:!?]{0,2}(\d{1,3})(?=[\s.,;:)]|$)")
# footnote symbols: *, †, ‡, § (doubled for later notes) and the typed substitutes + and #
_SYMBOL = r"[*†‡§+#]{1,3}"
# (a note called in small roman numerals, "[ii]", as a word processor numbers endnotes)
_MARKER = re.compile(
    rf"\[\^?(\d+|[ivxl]{{1,6}})\]|<sup>(\d+)</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|({_SYMBOL})(?![\w*†‡§+#])"
)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_NOTE_LINE = re.compile(
    r"^\s*(?:\[\^?(\d+)\]:?|<sup>(\d+)</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\d+)[.)]|"
    rf"({_SYMBOL}))\s+(?P<body>.+)$",
    re.S,
)
_NOTE_START = re.compile(
    rf"\n(?=\s*(?:\[\^?\d+\]:?|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d+[.)]|{_SYMBOL})\s)"
)
_NOTES_HEADING = re.compile(r"^#*\s*(?:notes|footnotes|endnotes)\s*:?$", re.IGNORECASE)
_CITED_HEADING = re.compile(
    r"^#*\s*(?:\d{1,2}\.?\s+)?(?:works cited|bibliography|references|sources|works quoted|"
    r"literature|select bibliography|further reading)\s*:?$",
    re.IGNORECASE,
)
_CITED_AUTHORS = re.compile(
    r"^(?P<authors>[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?)+(?:,?\s*(?:&|and)\s+[A-Z][\w’'-]+,\s+"
    r"(?:[A-Z]\.\s?)+|,\s+[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?)+)+)\s*"
)
# MHRA and notes-style bibliographies: "Ashdown, Margaret, The Saltgate Lido (Saltgate: …,
# 1991)": surname, forenames, then the title after a comma
_CITED_NAME_COMMA = re.compile(
    r"^(?P<last>[A-Z][\w’'-]+),\s+(?P<first>[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?){0,2}),\s+"
    r"(?!and\b|&)(?=[A-Z*_“\"‘])"
)
# where and when a work was published, after its title: "(Saltgate: Harbour Press, 1991)"
_PUBLISHED = re.compile(r"\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)")
_CITED_NAME = re.compile(r"^(?P<last>[A-Z][\w’'-]+),\s+(?P<first>[^.,(]+(?:\s[A-Z]\.)*)\.?\s+")
_BRACKET = re.compile(r"\[[^\[\]]*\]")
_SIC = re.compile(r"^\[sic\.?\]$", re.IGNORECASE)
# a key to abbreviations, one a line: "WG — *Wexcombe Gazette* (weekly)", "HC = *Harnley
# Courier*"
_ABBREVIATION_KEY = re.compile(
    # the short form: initials ("WG", "UDC Minutes") or a short title in italics ("*Inquest*")
    r"^[ \t]*(?P<short>[A-Z][A-Z&]{1,9}(?:[ \t]+[A-Z][a-z]+)?|\*[A-Z][\w’' -]{1,30}\*|"
    r"_[A-Z][\w’' -]{1,30}_)[ \t]*(?:—|–|=|:)[ \t]*"
    r"(?P<full>\*[^*\n]{2,80}\*|_[^_\n]{2,80}_|"
    # a body and the title of its record: "UDC Minutes — Wexcombe Urban District Council,
    # *Minutes of the Council*, vol. 4"
    r"[A-Z][^().,;:\n]{2,80}?,[ \t]*(?:\*[^*\n]{2,80}\*|_[^_\n]{2,80}_|"
    r"[A-Z][^().,;:\n]{2,80}?(?=[ \t]*[,(.]|$))|"
    r"[A-Z][^().,;:\n]{2,80}?(?=\s*\(|\.|$))",
    re.M,
)
_PARENTHETICAL = re.compile(r"^\s*[.,;:]?\s*\((?P<body>(?:[^()]|\([^()]*\))*)\)")
# "‘…’ — Harold Quine, Calderbridge Evening Chronicle": the rest of the line after a quotation
_PRESS_LINE = re.compile(
    r"^[ \t]*[.,]?[ \t]*(?:—|–|--|―)[ \t]*(?P<body>[A-Z][^\n]*?)[ \t.]*(?=\n|$)"
)
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:—|–|--|―)\s*(?P<body>.+)$")
_MIN_QUOTATION_WORDS = 4
# a locator in square brackets after words set apart: a source and a place in it, a comma
# and a figure in it ("[Pennock, 112–13]", "[Service log, vol. 4, 88]"); never an insertion or
# a note's number
_BRACKETED_LOCATOR = re.compile(r"\s+\[(?P<body>[^\[\]\n]{2,80},[^\[\]\n]*\d[^\[\]\n]*)\]\s*\.?$")
# quoted words this long inside a sentence are a quotation even when nobody is named for them
_MIN_UNNAMED_QUOTATION_WORDS = 7
_MIN_PROSE_WORDS = 20
_MAX_TITLE_WORDS = 8  # a paragraph this long after a works-cited list is prose, not an entry
_SECTION_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,2})\.\s+(?=[A-Z])")
# a page's number as a page's foot or head prints it: "12", "- 12 -", "— 12 —", "Page 12",
# "Page 12 of 40"
_PAGE_NUMBER = re.compile(
    r"\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:Page|PAGE|page)\s+\d{1,4}(?:\s+of\s+\d{1,4})?"
)
# a lead that says the next words are a decision recorded as written ("it resolved that",
# "the bench ruled that"): a quotation even before anyone is named for it
_INTRODUCED_WORDS = re.compile(
    r"\b(?:resolved|resolves|ruled|rules|decreed|decrees|ordered|orders|directed|directs|"
    r"recommended|recommends|decided|decides|voted|votes|minuted|agreed|agrees)\s+that\s*$"
)
# a verb that gives the words after it as said or written on an occasion, right before them:
# "wrote “Well played” on the card", "shouted to us, “Now!”", "his note says only “still
# here??”" (a word or three given so is a quotation, not a scare quote). "Says" and "writes"
# alone tell what a text or people say in general ("nothing in it says “X”", "the line says
# “quoted in”") unless "only" or "simply" gives the one thing said; an infinitive ("the way
# to say “X”") and a verb that names or describes ("called it", "known as") give no words
_GIVEN_AS_SPEECH = re.compile(
    r"(?<!\bto )\b(?:said|wrote|(?:says|writes)(?=\s+(?:only|simply|just|merely)\b)|"
    r"scribbled|scribbles|scrawled|scrawls|pencilled|penciled|jotted|jots|typed|texted|"
    r"shouted|shouts|called\s+out|calls\s+out|cried|cries|yelled|yells|screamed|screams|"
    r"asked|asks|whispered|whispers|muttered|mutters|murmured|murmurs|answered|answers|"
    r"replied|replies|exclaimed|exclaims|roared|roars|bellowed|bellows|added|adds)"
    r"(?:\s+(?:only|simply|just|merely|again|back|aloud|softly|quietly|loudly|firmly))?"
    r"(?:\s+(?:to\s+)?(?:me|us|him|her|them|you))?\s*[,:]?\s*$"
)
# a speaker telling what was said to them: "said to us", "came up to me", "I heard him say"
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Uu]s|[Ww]e)\b")
# a transcript's remark after a closing mark: "any work” (General laughter.)"
_STAGE_DIRECTION = re.compile(
    r"\s*\((?:general\s+|loud\s+|prolonged\s+)?(?:laughter|applause|cheers|cheering|uproar|"
    r"interruption|commotion|hear,?\s+hear)\b[^()]{0,40}\)",
    re.IGNORECASE,
)
# words English writes with their first letters left out, and decades: 'tis, 'em, the '90s
# ("'Round the tower …" in capitals opens a quotation; "'Tis" never does)
_ELISION = re.compile(
    r"[’'‘](?:(?:[Tt]is|[Tt]was|[Tt]were|[Tt]will|[Tt]would|em|cause|til|bout|round|neath|"
    r"tween|n)(?![\w’'])|\d\d(?:s\b|(?![\w’'])))"
)
# a word of one or two letters cut short at both ends: "rock ’n’ roll"
_ELIDED = re.compile(r"\s[’']\w{1,2}[’']$")
# a mark after a word's last letter with another word after it (the mark at group 1 or 2): a
# plural's apostrophe ("the ringers’ wives") or a short word written cut short at its end, as
# dialect is ("th’ lark", "o’ cotton", "fro’ Kendal", "goin’ home"); an apostrophe when the
# quotation closes further on
_CUT_SHORT_WORD = re.compile(
    r"(?:s([’']) [a-z]|(?:(?<![^\W\d_])[^\W\d_]{1,3}|[^\W\d_]{2}in)([’']) [^\W\d_])"
)
# a Markdown thematic break ("---", "***", "* * *"): "---" also opens a page's footnotes
_THEMATIC_BREAK = re.compile(r"-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]+){2,}[-*_]")
_RUNNING_HEAD = re.compile(r"[A-Z][A-Z’' ,.&:-]{2,80}")
_RUNNING_HEAD_NUMBERED = re.compile(
    r"(?:\d{1,4}\s+[A-Z][A-Z’' ,.&:-]{2,80}|[A-Z][A-Z’' ,.&:-]{2,80}\s+\d{1,4})"
)
# a works-cited entry of a body or an author without a first name: "Meteorological Office. 1921."
_CITED_BODY = re.compile(
    r"^[A-Z][^.,\n()]{1,60}(?:\.\s+(?:\(?(?:\d{4}[a-h]?|n\.\s?d\.)\)?[.,]|[*_“\"])|"
    r"\s+(?=\((?:\d{4}[a-z]?|n\.\s?d\.)\)))"  # APA's "(n.d.)": no date
)
# the names of bodies: what they issue is theirs (MLA's corporate author)
_BODY_NAME = re.compile(
    r"\b(?:Society|Office|Commission|Commissioners|Committee|Council|Board|Ministry|Department|"
    r"Company|Union|Association|Guild|Trust|Institute|Institution|Corporation|League|Club|"
    r"Federation|Library|School|College|Academy|Hospital|Vestry|Museum|Group|Partnership|Alliance|"
    r"Forum|Party|Network)$"
    # a body named in French, German, Italian or Spanish: "Société des Refuges du Queyras"
    r"|^(?:Société|Compagnie|Comité|Conseil|Gesellschaft|Verein|Società|Compagnia|Comitato|"
    r"Consiglio|Sociedad|Compañía|Comité|Consejo|Comisión)\b"
)
# the kind of body its name ends with (or begins with, before "for" or "of"): what a text
# calls the body alone once it has named it ("the Department", "the pottery")
_BODY_HEAD = re.compile(
    r"Society|Office|Commission|Committee|Council|Board|Ministry|Department|Company|Union|"
    r"Association|Guild|Trust|Institute|Corporation|League|Federation|Museum|Alliance|Pottery|"
    r"Partnership|Agency|Authority|Foundation|Brewery|Bakery|Bakeries|Railway|Foundry|Fund|"
    r"Co-operative|Cooperative|Charity|Network|Forum|Firm"
)
_MIN_COMMENTARY_WORDS = 6
_MAX_RUN_PARAGRAPHS = 60  # a quotation running on over more paragraphs than this is a stray mark
_MAX_UNMARKED_PARAGRAPHS = 12  # list items or dialogue lines inside a running quotation
_MAX_HEADING_WORDS = 12
_MAX_CAPTION_WORDS = 16
_MAX_HEADING_CHARS = 200
# the marks that open a quotation and the one that closes it; German, Czech and Polish open
# low („…“, „…”: either high mark closes it)
_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'", "„": "“"}
# what a title set off by commas follows: a kind of writing (a link to it, in Markdown) or a
# phrase in apposition ("a short account of its first years, “…,” in which …")
_APPOSED_TITLE_LEAD = re.compile(
    r"(?:\b(?:article|post|essay|paper|pamphlet|book|booklet|chapter|poem|story|lecture|"
    r"talk|column|piece|report|memoir|thesis|account(?:\s+of\s+[\w\s’']{1,40}?)?)"
    r"(?:\]\([^)\s]*\))?)\s*,\s*$",
    re.IGNORECASE,
)
# a term of art: a short prepositional phrase in quotes ('as of right', 'in good faith',
# 'without prejudice'), no one's words even with a citation after it
_TERM_OF_ART = re.compile(
    r"^(?:as|by|in|of|on|at|without|with|under|per|for|from|upon|within)\b[\w\s’'-]*$",
    re.IGNORECASE,
)
# "in the words of a former chair, that …", "in the words of Ada Lowe,": whose words follow
_IN_THE_WORDS_OF = re.compile(
    r"\bin\s+the\s+words\s+of\s+(?:(?P<unnamed>(?:an?|one|another)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    rf"[A-Za-z][\w’'-]*)|(?P<name>{_NAME}))\s*,"
)
# a historian who prints someone's words relays them: "prints Crane's letter", "does reprint a
# line from Abel Crane", "… signed by Abel Crane himself, is quoted in …"
_RELAYED_WORDS_OF = re.compile(
    r"\b(?:prints|printed|reprints|reprinted|reproduces|reproduced|quotes|print|reprint|"
    r"reproduce|quote|(?:wrote|writes|write|set|sets|took|takes|noted|notes)\s+down|recorded|"
    r"records|copied|copies|transcribed|transcribes)\s+(?:in\s+full\s+)?(?:"
    r"(?:an?|one|the|two|three|some)\s+(?:[a-z][\w-]*\s+){0,2}?(?:line|lines|sentence|"
    r"sentences|passage|words|entry|verse|paragraph)\s+(?:from|of|by)\s+"
    # "Voss prints Crane's reply", "Ada wrote down the manager's words": whoever the role is
    rf"(?P<source>{_NAME})|(?P<owner>{_NAME}|the\s+[a-z][\w-]+)(?:’s|'s)\s+[a-z]|"
    r"(?:an?|the)\s+(?:notice|letter|circular|order|handbill|poster|resolution)\s+(?:that\s+)?"
    r"the\s+(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?:had\s+)?(?:posted|issued|sent|"
    r"wrote|printed|pinned|put\s+up))"
    rf"|\bsigned\s+by\s+(?P<signer>{_NAME})(?:\s+(?:himself|herself))?,?\s+(?:is|was|are|were)"
    r"\s+(?:\w+ly\s+)?(?:quoted|printed|reprinted|reproduced)\s+in\b"
)
# "“…,” the letter said.": words a letter the text spoke of gives, its writer's
_LETTER_SAID = re.compile(
    r"^\s*the\s+(?:letter|note|card|postcard|telegram|message|email)\s+(?:said|says|read|reads|"
    r"ran|runs|began|begins|went\s+on|continued)\b"
)
# a minutes' attendance line: "Present: …", "Apologies: …", "In attendance: …"
_ATTENDANCE_LINE = re.compile(
    r"(?im)^[ \t]*(?:present|apologies(?:\s+for\s+absence)?|absent|in\s+attendance|"
    r"also\s+present|attending)\s*:[^\n]*"
)
# "a letter from the landlord, Ebb Parish Council,", "a saying of the first warden, Abel
# Crane,": whose words a colon's lead-in announces
_WORDS_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?(?:letter|saying|remark|"
    r"message|telegram|note|statement|postcard)\s+(?:from|of|by)\s+"
    r"(?:(?:the|a|an|its|their|our)\s+[^,:;“”\"(]{1,60},\s+)?"
    # a body's name joined by "and" ("the Leeds and Liverpool Canal Trust"); the document's own
    # verb after it ("A statement from the Canal Trust read:")
    rf"(?:the\s+(?=[A-Z]))?(?P<name>{_NAME}(?:\s+and\s+{_NAME})?)"
    r"(?=\s*[,:(]|\s+(?:dated|written|sent|which|who|read|"
    r"reads|ran|runs|said|says|stated|states|began|begins)\b)"
)
# a full name whose first word opens with an accented capital ("Émile Lemaire", "Øyvind
# Berg"), which _NAME's plain capitals miss: known for a later surname alone
_ACCENTED_NAME = re.compile(r"\b[À-ÖØ-Þ][a-zß-öø-ÿ’'-]+\s+[A-Z][a-zß-öø-ÿ’'-]+\b")
# "Of the old foreman, Walter Iles, she says:": the one who says it, not the one it is about
_OF_TOPIC_SAYS = re.compile(
    r"^\s*(?:Of|About|On)\s+[^:;“”\"]{1,80}?,\s+(?:(?P<pronoun>he|she)|"
    rf"(?P<name>{_NAME}))\s+(?:\w+ly\s+)?(?:says|said|writes|wrote|remarks|remarked|recalls|"
    r"recalled|adds|added|notes|noted)\b[^.!?“”\"]{0,40}$"
)
# "Ann Rudd, a ferry keeper, who told the board that": the one the who-clause is about
_WHO_TOLD = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:[^,“”\"]{{1,80}},\s+)?who\s+(?:\w+ly\s+)?(?:told|wrote\s+to|"
    r"assured|reminded|informed|warned)\s+[^“”\"]{1,60}?\s+that\s*$"
)
# "Kettleby is the man who told the court in 2023 that", "Ada Pell (1880–1962) is remembered
# chiefly as the woman who wrote": the one the sentence says is that person, who said it
_IS_THE_ONE_WHO = re.compile(
    rf"(?:^|[.!?]\s+)(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?(?:,[^,“”\"]{{1,80}},)?\s+"
    r"(?:is|was|became|remains)\s+(?:[^“”\".;:!?]{0,80}?\s+)?(?:the|a|an)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w’'-]*)\s+who\s+(?:\w+ly\s+|once\s+|also\s+)?"
    rf"(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})[^“”\"]*$"
)
# "the sexton, Job Hart, entered in his register against the date ‘…’": words he wrote in a
# record he kept
_ENTERED_IN = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}})?,?\s+(?:\w+ly\s+|also\s+)?(?:entered|copied|"
    r"set\s+down|wrote\s+down|noted\s+down)\s+(?:in|into)\s+(?:his|her|their|the)\s+"
    r"[^“”\".!?]{1,140}$"
)
# "Ann Rudd, whose report, …, describes the crossing as follows:": the report's writer
_WHOSE_DOCUMENT_SAYS = re.compile(
    rf"(?P<name>{_NAME}),\s+whose\s+(?:report|book|diary|letter|memoir|account|survey|notes?|"
    r"journal|log|notebook)\b[^:“”\"]{0,160}\b(?:describes|describe|described|says|said|reads|"
    r"puts|states|records|runs|begins)\b[^:“”\"]{0,40}:\s*$"
)
# "the Whitby Gazette, whose obituary called her", "Ann Rudd, whose diary for 1911 says that":
# the words are the document's owner's
_WHOSE_DOCUMENT_CALLED = re.compile(
    rf"(?P<name>{_NAME}),\s+whose\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:obituary|leader|editorial|"
    r"column|review|report|notice|letter|article|verdict|diary|book|memoir|journal|log|notebook|"
    r"account|statement|website|newsletter|minutes)\s+(?:[^,:;“”\"]{0,60}?\s+)?"
    rf"(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})(?:\s+(?:him|her|it|them|[a-z]+))?(?:\s+as|\s+that)?\s*$"
)
# "a carbon copy of the letter Ann Rudd sent her publisher in 1961, refusing …:", "the reply
# that Canon Hale wrote to the bishop:": the one who sent or wrote the document
_DOCUMENT_SENT_BY = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:letter|one|reply|answer|note|postcard|card|"
    r"telegram|message|e-?mail|memo|petition|draft|report|appeal|complaint|resignation)\s+"
    rf"(?:that\s+|which\s+)?(?:(?P<name>{_NAME})|(?P<pronoun>he|she))\s+"
    r"(?:had\s+|has\s+|later\s+|then\s+)?(?:sent|wrote|posted|addressed|dictated|typed|"
    r"drafted|mailed|e-?mailed|handed|delivered|signed)\b[^“”\".!?]*:\s*$"
)
# "the foundry had advertised in the Printer that": the one such body the text names in full
_BODY_ANNOUNCED = re.compile(
    r"\b[Tt]he\s+(?P<kind>foundry|company|firm|council|committee|board|society|club|mill|works|"
    r"railway|brewery)\s+(?:had\s+)?(?:advertised|announced|declared|promised|boasted)\b"
    r"[^“”\"]{0,120}\bthat\b[^“”\".!?]{0,80}$"
)
# "The foreword to its 1954 Specimen": front matter written in the name of a body
# a body's own words named by "its": "…, and its ruling is blunt:", "Its reply was short:"
_ITS_WORDS = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?:ruling|verdict|minute|minutes|notice|reply|"
    r"answer|report|letter|statement|decision|resolution|response|judgement|judgment|"
    r"announcement|circular|rules?)\s+(?:\w+\s+){0,4}?(?:is|was|are|were|reads|read|ran|runs)\b"
    r"[^.!?]*:\s*$"
)
# the text's own writer's document saying the words: "My field notes for that evening say
# only:", "My diary for the week records:", "Our report of 2019 said that"
_MY_DOCUMENT_SAYS = re.compile(
    r"(?:^|[.!?]\s+)(?P<sentence>(?:My|Our)\s+(?:own\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:notes|notebook|notebooks|diary|diaries|journal|log|letter|letters|report|memo|e-?mail|"
    r"draft|minutes|records?|transcript|entry|postcard|card|field\s+notes)\b[^.!?“”\"]{0,80}?"
    r"\b(?:says?|said|reads?|records?|recorded|notes|noted|runs|ran|puts\s+it|put\s+it)\b"
    r"[^.!?“”\"]{0,40})$"
)
# a sentence that opens on a body's document and says what it said: "Its final response letter
# of 3 March said that", "Its website states:"
_ITS_DOCUMENT_SAYS = re.compile(
    r"(?:^|[.!?]\s+)(?P<sentence>Its\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:letter|reply|response|"
    r"statement|report|answer|submission|notice|e-?mail|leaflet|website|decision|press\s+release|"
    r"motion|resolution|minutes?|petition|newsletter|bulletin|circular)"
    r"\b[^.!?“”\"]{0,80}?\b(?:said|says|stated|states|wrote|writes|told|tells|argued|argues|"
    r"explained|explains|added|adds|insisted|insists|concluded|concludes|maintained|maintains|"
    r"asked|asks|called|calls|promised|promises|warned|warns|urged|urges|records|recorded|"
    r"reads|declared|declares|resolved|noted|notes)"
    r"\b[^.!?“”\"]*)$"
)
# a body's minute named by its meeting, no owner named: "The minute of the first meeting records
# the resolution", "The minutes of the annual meeting for 1921 read:" (the body the paragraph
# names last kept them)
_MEETING_MINUTE_SAYS = re.compile(
    r"(?:^|[.!?]\s+)(?P<sentence>The\s+(?:[a-z]+\s+)?(?:minutes?|minute\s+book|resolution)\s+"
    r"(?:of|for|from)\s+(?:the|its|their)\s+(?:[a-z\d]+\s+){0,3}?(?:meeting|committee|"
    r"session|gathering|assembly)\b[^.!?“”\"]{0,40}?\s+(?:records?|recorded|reads?|ran|runs|"
    r"says|said|notes|noted|states|stated|minutes|minuted)\b[^.!?“”\"]*)$"
)
# "it" saying the words: "In reply to the investigator's view it said:", "It replied that"
_IT_SAYS = re.compile(
    r"(?:^|[.!?]\s+)(?P<sentence>(?:[A-Z][^.!?“”\"]{0,80}?,?\s+)?(?:it|It)\s+(?:\w+ly\s+)?"
    r"(?:said|says|stated|states|wrote|writes|replied|replies|answered|answers|argued|argues|"
    r"explained|explains|added|adds|insisted|insists|concluded|concludes|maintained|maintains)"
    r"\b[^.!?“”\"]*)$"
)
# a line under a section's heading that says who gave or wrote it: "Given by Arthur Lowe,
# friend and fellow ringer", "Preached by Canon Ruth Amis", or the name alone ("The Revd
# Judith Pyke"); never who reads it ("read by the Vicar")
_SECTION_BYLINE = re.compile(
    r"(?P<by>(?:Given|Written|Delivered|Preached|Spoken|Composed|Presented|Introduced|"
    r"Led|Compiled)\s+by\s+)?(?:The\s+)?(?:(?:Revd|Rev\.|Reverend|Canon|Dr|Professor|Prof\.|"
    r"Father|Sister|Rabbi|Pastor)\s+)*"
    rf"(?P<name>{_NAME})(?P<after>,\s+(?!read\s+by\b)[^\n]{{1,120}})?"
)
# what someone calls or judges the thing a relative clause is about, right before the words:
# "The font, which Pevsner calls “…”", "the window, which Sir Nikolaus Pevsner thought “…”"
_WHICH_NAMER = re.compile(
    r"\b(?:which|that|whom)\s+(?P<name>(?:(?:Sir|Dame|Dr|Professor|Mr|Mrs|Ms|Miss)\s+)?"
    rf"{_NAME})\s+(?:\w+ly\s+|once\s+|later\s+|also\s+|still\s+)?(?:calls|called|thought|"
    r"thinks|considered|considers|judged|judges|found|finds|reckoned|reckons|pronounced|"
    r"pronounces|deemed|deems|rated|rates)\s*(?:it\s+|them\s+)?(?:as\s+)?$"
)
# a titled work named with its maker's possessive that says the words itself, or in a clause
# about it: "Wright's *English Dialect Dictionary*, vol. I (1898), p. 634, which glosses it",
# "Ruth Pike's *Dales Days* (1931) calls it"
_POSSESSED_WORK_SAYS = re.compile(
    rf"(?P<name>{_NAME})(?:’s|'s)\s+\*(?P<title>[^*\n]{{2,120}})\*"
    # only a citation between: its year, volume and page ("(1931)", ", vol. I (1898), p. 634")
    r"(?P<cite>(?:,?\s*(?:\([^()\n]{1,40}\)|(?:vols?|pp?|no|ch|col)\.\s*[\w–-]+)){0,4})"
    r"(?:,\s+(?:which|where)\s+(?:it\s+)?|\s+)(?:\w+ly\s+)?(?:glosses|glossed|defines|"
    r"defined|calls|called|says|said|describes|described|gives|gave|renders|rendered|records|"
    r"recorded|puts\s+it|speaks\s+of)\b[^“”\"]{0,40}$"
)
# a sentence opening on one person it does not name, then a verb: "A volunteer counted the knot
# twice", "Our investigator thought"
_ONE_UNNAMED_OPENS = re.compile(
    r"(?P<name>(?:An?|One|Our|Their|My)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w’'-]*))"
    r"\s+(?:\w+ly\s+)?(?!(?:of|at|in|from|with|and|or|who|which|that)\b)[a-z]+\b"
)
# a note the editor signs at its end, as a journal's column does: "[… — ED.]", "— Ed."
_SIGNED_BY_THE_EDITOR = re.compile(r"(?:—|–|--)\s*(?:ED|Ed|EDITOR|Editor)\.?\s*[\])]?\s*$")
# the end of a firm's name: "Harrowgate Mutual Insurance Ltd", "Brigg & Sons plc"
_FIRM_END = re.compile(r"\b(?:Ltd|Limited|plc|PLC|LLP|Inc|Co)\.?$")
_ITS_FRONT_MATTER = re.compile(r"^\s*(?:The|the)\s+(?:foreword|preface|introduction)\s+to\s+its\b")
_BODY_WORDS = (
    r"(?:Foundry|Company|Society|Club|Council|Committee|Association|Trust|Works|Mill|Mills|"
    r"Brewery|Railway|Press)"
)

# Canonical references (HELDOUT.md, "Principle: locators"): scripture by book, chapter and
# verse ("Genesis 1:3", "Gen. 1.3", "Matt 5:3–12", "1 Cor. 13:4", "Ps. 23") and a classic by
# its own numbering ("Aeneid 6.851", "Hamlet 3.1.56", "Republic 514a"). The books of the Bible
# (and the Qur'an) by their names and the abbreviations sermons and commentaries use.
_SCRIPTURE_BOOKS: dict[str, tuple[str, ...]] = {
    "Genesis": ("gen", "gn", "ge"),
    "Exodus": ("exod", "exo", "ex"),
    "Leviticus": ("lev", "lv"),
    "Numbers": ("num", "numb", "nm"),
    "Deuteronomy": ("deut", "dt"),
    "Joshua": ("josh", "jos"),
    "Judges": ("judg", "jdg"),
    "Ruth": ("ruth",),
    "Samuel": ("sam", "sm"),
    "Kings": ("kgs", "kg"),
    "Chronicles": ("chron", "chr"),
    "Ezra": ("ezra",),
    "Nehemiah": ("neh",),
    "Esther": ("esth", "est"),
    "Job": ("job",),
    "Psalms": ("ps", "pss", "psa", "psalm"),
    "Proverbs": ("prov", "prv"),
    "Ecclesiastes": ("eccl", "eccles", "ecc", "qoh"),
    "Song of Songs": ("song", "cant"),
    "Song of Solomon": (),
    "Isaiah": ("isa",),
    "Jeremiah": ("jer",),
    "Lamentations": ("lam",),
    "Ezekiel": ("ezek", "ezk"),
    "Daniel": ("dan", "dn"),
    "Hosea": ("hos",),
    "Joel": (),
    "Amos": (),
    "Obadiah": ("obad",),
    "Jonah": (),
    "Micah": ("mic",),
    "Nahum": ("nah",),
    "Habakkuk": ("hab",),
    "Zephaniah": ("zeph",),
    "Haggai": ("hag",),
    "Zechariah": ("zech",),
    "Malachi": ("mal",),
    "Matthew": ("matt", "mt"),
    "Mark": ("mk",),
    "Luke": ("lk",),
    "John": ("jn", "jhn"),
    "Acts": (),
    "Romans": ("rom",),
    "Corinthians": ("cor",),
    "Galatians": ("gal",),
    "Ephesians": ("eph",),
    "Philippians": ("phil",),
    "Colossians": ("col",),
    "Thessalonians": ("thess", "thes"),
    "Timothy": ("tim",),
    "Titus": ("tit",),
    "Philemon": ("phlm", "philem"),
    "Hebrews": ("heb",),
    "James": ("jas",),
    "Peter": ("pet", "pt"),
    "Jude": (),
    "Revelation": ("rev",),
    "Qur'an": ("qur’an", "quran", "koran"),
}
# books only ever cited with a number before them ("1 Cor.", "2 Kings", "III John")
_NUMBERED_BOOKS = {
    "Samuel",
    "Kings",
    "Chronicles",
    "Corinthians",
    "Thessalonians",
    "Timothy",
    "Peter",
}
_BOOK_NAMES = {
    spelling: book
    for book, short in _SCRIPTURE_BOOKS.items()
    for spelling in (book.lower(), *short)
}
# abbreviations that are also a citation's own words ("col. 4" is a column, "Job" a name):
# read as a book only with chapter and verse
_BOOK_ONLY_WITH_VERSE = {"col", "job", "mark", "acts", "amos", "ex", "song", "john", "ruth", "est"}
# a Bible version after the reference: "(John 3:16, KJV)", "(Ps. 23 NRSV)"
_BIBLE_VERSION = r"(?:,?\s+(?:KJV|AV|RV|RSV|NRSV|NIV|ESV|NEB|REB|NJB|JB|Vulg\.?|LXX|Douay))?"
_SCRIPTURE_REFERENCE = re.compile(
    r"^(?P<number>[123]|I{1,3}|First|Second|Third)?\s*"
    r"(?P<book>[A-Z][a-z’']+(?:\s+of\s+(?:Songs|Solomon))?)\.?\s*"
    r"(?P<chapter>\d{1,3})(?:\s*[:.]\s*(?P<verse>\d{1,3}[ab]?))?"
    r"(?:\s*[-–—]\s*(?P<end>\d{1,3}[ab]?(?:\s*[:.]\s*\d{1,3}[ab]?)?))?"
    rf"{_BIBLE_VERSION}$"
)
# a classic by its own numbering: book and line ("Aeneid 6.851–853"), act, scene and line
# ("Hamlet 3.1.56"), a Stephanus or Bekker number ("Republic 514a", "Ethics 1094a3"); the
# title may follow its author ("Virgil, Aeneid 6.851") and be set in italics
_CLASSIC_REFERENCE = re.compile(
    r"^(?:(?P<author>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+)?"
    r"[*_]*(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Za-z][\w’'-]*))*?)[*_]*,?\s+"
    r"(?P<at>\d{1,4}(?:\.\d{1,4}){1,3}(?:\s*[-–—]\s*\d{1,4}(?:\.\d{1,4}){0,3})?"
    r"|\d{2,4}[a-e]\d{0,2}(?:\s*[-–—]\s*\d{0,4}[a-e]?\d{0,2})?)$"
)

# a note that describes a document and then names the edition printing it: "Letter 17, to
# Ann Lyle, 2 May 1850, in The Letters of Ruth Bell, ed. Hugh Dane (…), p. 34", "Diary, 9 June
# 1863, Collected Papers, p. 301": the document's kind, alone or with its number
_DOCUMENT_KIND = re.compile(
    r"(?:[Ll]etter|[Dd]iary|[Jj]ournal|[Ee]ntry|[Nn]otebook|[Mm]emorandum|[Pp]ostcard|"
    r"[Dd]iary\s+entry|[Jj]ournal\s+entry)(?:\s+(?:no\.\s*)?\d+[a-z]?)?"
)
# a reference given in the prose, read by its shape, as a reading list or a comment gives it:
# its author, a comma, its title (in italics anywhere; in roman only where a sentence or line
# starts), then its publication facts with a year in brackets, and a full stop: "I have Arthur
# Pickles, *The Hebble Navigation* (Halifax, 1961).", "Luke Farrar, The Holroyd Papers
# (Skipton, 1964)."; or its title first, its author after it: "*The Morven Coast* Duncan Munro
# (2003)."
_REFERENCE_IN_PROSE = re.compile(
    rf"(?:(?<![\w’'])(?P<name>{_NAME}),\s+(?P<title>\*[^*\n]{{2,150}}\*)"
    rf"|(?:^|(?<=[.:!?]\s))(?P<name2>{_NAME}),\s+(?P<plain>[A-Z][^()\n*]{{2,150}}?)"
    rf"|(?:^|(?<=[.:!?]\s))(?P<title3>\*[^*\n]{{2,150}}\*),?\s+(?:by\s+)?(?P<name3>{_NAME}))"
    r"\s*\((?P<published>[^()\n]{0,80}\b(?:1[5-9]\d\d|20\d\d)\b[^()\n]{0,20})\)(?=\.)",
    re.M,
)
_EDITOR = re.compile(r"^(?:ed\.|eds\.|edited\s+by)\s+(?P<editor>[A-Z][^,;]*?)\s*$")

# "was remembered by one former pupil as ‘…’", "is described by Ann Lyle as": whoever
# remembers or describes them so speaks, not the one described
_REMEMBERED_BY = re.compile(
    r"\b(?:is|was|are|were|be|been)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:remembered|"
    r"described|recalled|characteri[sz]ed|pictured|portrayed)\s+by\s+"
    rf"(?:(?P<unnamed>(?:an?|one|another|some)\s+(?:[a-z][\w’'-]*\s+){{0,3}}?"
    rf"(?P<head>[a-z][\w’'-]*))|(?P<name>{_NAME}))\s+as\s*$"
)
# "…, and his successor was more generous:", "Her sister was blunter:": someone the
# possessive's owner is related to speaks, not the owner
_SOMEONE_OF_THEIRS = re.compile(
    r"(?:^\s*|\b(?:and|but|while|whereas)\s+)(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)\s+(?:\w+ly\s+)?(?:was|were|is|are|seemed|"
    r"proved)\b[^“”\"]{0,80}:\s*$"
)
