"""The parser's labels and tags as spaCy's integer ids, for the hot loops.

Reading `tok.dep_` or `tok.tag_` makes a new Python string from spaCy's StringStore at
each reading; `tok.dep` and `tok.tag` are the integers the Doc holds. An id is what
`vocab.strings[label]` gives: the symbol's number for spaCy's own symbols ("nsubj"), the
string's 64-bit hash for any other ("dative"), the same in every vocabulary, so they are
made once here. Compare `tok.dep == NSUBJ` or `tok.dep in SUBJECTS`, never an id with a
string. (Parts of speech are read through `parse.part_of_speech`: `tok.pos` makes a
Python enum at each reading, which costs about as much as `tok.pos_`.)
"""

from __future__ import annotations

from spacy.strings import get_string_id


def label_id(label: str) -> int:
    """The id spaCy's integer attributes (`dep`, `tag`, `lower`, `lemma`, `ent_type`)
    hold for this string."""
    return get_string_id(label)


def label_ids(labels) -> frozenset[int]:
    """The ids of these strings, for `tok.dep in ...`."""
    return frozenset(map(get_string_id, labels))


# dependency labels (`tok.dep`)
ACL = label_id("acl")
ACOMP = label_id("acomp")
ADVCL = label_id("advcl")
ADVMOD = label_id("advmod")
AGENT = label_id("agent")
AMOD = label_id("amod")
APPOS = label_id("appos")
ATTR = label_id("attr")
AUX = label_id("aux")
AUXPASS = label_id("auxpass")
CC = label_id("cc")
CCOMP = label_id("ccomp")
COMPOUND = label_id("compound")
CONJ = label_id("conj")
CSUBJ = label_id("csubj")
DATIVE = label_id("dative")
DET = label_id("det")
DOBJ = label_id("dobj")
EXPL = label_id("expl")
FLAT = label_id("flat")
MARK = label_id("mark")
NEG = label_id("neg")
NMOD = label_id("nmod")
NPADVMOD = label_id("npadvmod")
NSUBJ = label_id("nsubj")
NSUBJPASS = label_id("nsubjpass")
NUMMOD = label_id("nummod")
OPRD = label_id("oprd")
PARATAXIS = label_id("parataxis")
PCOMP = label_id("pcomp")
POBJ = label_id("pobj")
POSS = label_id("poss")
PRECONJ = label_id("preconj")
PREP = label_id("prep")
PRT = label_id("prt")
RELCL = label_id("relcl")
ROOT = label_id("ROOT")
XCOMP = label_id("xcomp")

SUBJECTS = frozenset({NSUBJ, NSUBJPASS})  # a subject, active or passive
AUXILIARIES = frozenset({AUX, AUXPASS})
DETERMINERS = label_ids(("det", "predet"))
PREP_OBJECTS = frozenset({POBJ, PCOMP})  # what a preposition governs

# fine-grained tags (`tok.tag`)
NN = label_id("NN")
NNP = label_id("NNP")
NNPS = label_id("NNPS")
NNS = label_id("NNS")
VB = label_id("VB")
VBD = label_id("VBD")
VBG = label_id("VBG")
VBN = label_id("VBN")
VBP = label_id("VBP")
VBZ = label_id("VBZ")
WRB = label_id("WRB")
