/**
 * What the query side prints for people to read on paper, in Vietnamese: the embedded font of its PDFs,
 * the words for the codes, and the downloads that carry them. The pages have their own exports; the
 * query side cannot use theirs (a side never depends on the pages).
 */
package vn.householdledger.query.print;
