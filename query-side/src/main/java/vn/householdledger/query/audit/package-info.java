/**
 * The read audit (nhật ký truy cập): every read of a household's case, history or certificate, and
 * every list or export that names households, records who read what, when and from where
 * ({@link vn.householdledger.query.audit.ReadAudit}); auditors list it ({@code GET /api/audit/access}).
 */
package vn.householdledger.query.audit;
