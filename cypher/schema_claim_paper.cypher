// Claims are replaced per paper on re-push; this index finds a paper's claims without a scan.
// params: none
CREATE INDEX claim_paper IF NOT EXISTS FOR ()-[c:COMPARES_AGAINST]-() ON (c.paper_id)
