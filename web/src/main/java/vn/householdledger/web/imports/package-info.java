/**
 * The import page (nhập danh sách): a worker chooses a file and her commune, tries it first (a dry run),
 * sees what it would do and while it runs how far it is, downloads the refused rows to mend them, then
 * imports it for real, all through the API's imports.
 */
package vn.householdledger.web.imports;
