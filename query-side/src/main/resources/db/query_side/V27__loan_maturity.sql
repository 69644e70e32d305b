-- LoanDisbursed revision 2: the day a loan falls due. Loans already projected get it as the event's
-- upcaster computes it (disbursement plus the term, PostgreSQL's month arithmetic being Java's).
ALTER TABLE query_side.assistance_loan ADD COLUMN matures_on DATE;
UPDATE query_side.assistance_loan SET matures_on = (disbursed_on + make_interval(months => term_months))::date;
ALTER TABLE query_side.assistance_loan ALTER COLUMN matures_on SET NOT NULL;
