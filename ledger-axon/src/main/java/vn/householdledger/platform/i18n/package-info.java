/**
 * The words the API says to a person, in Vietnamese unless the request asks for English
 * ({@code Accept-Language}): one pair of message bundles ({@code i18n/ledger.properties}, Vietnamese, and
 * {@code i18n/ledger_en.properties}) for refusals, validation messages and the classification's
 * explanation, which both sides render when they answer; the codes stay as they are.
 */
package vn.householdledger.platform.i18n;
