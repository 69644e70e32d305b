/**
 * The server-rendered pages for social workers, auditors and the steering committee. They read
 * through the query side's controllers and write through the command side's API controllers,
 * called in process, so a page obeys exactly the rules of the API; this package only renders,
 * translates typed text into requests and shows each refusal next to its field. Vietnamese by
 * default, English with {@code ?lang=en}; every table exports as .xlsx and .csv.
 */
package vn.householdledger.standalone.web;
