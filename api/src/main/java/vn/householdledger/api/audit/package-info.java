/** The read audit: who read which household's data, when and from where ({@code GET /api/audit/access}). */
package vn.householdledger.api.audit;
