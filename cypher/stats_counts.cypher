// Stats: papers, mentions, proposals and comparisons.
// params: none
RETURN COUNT { (:Paper) } AS papers,
       COUNT { (:Paper)-[:MENTIONS]->(:Entity) } AS mentions,
       COUNT { (:Paper)-[:PROPOSES]->(:Entity) } AS proposals,
       COUNT { ()-[:COMPARES_AGAINST]->() } AS comparisons
