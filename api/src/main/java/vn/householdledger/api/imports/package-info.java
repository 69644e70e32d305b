/**
 * Imports (nhập danh sách): an existing list of a commune's households, one row per member, brought in
 * through the household commands ({@code POST /api/imports}), its progress and result, and its refused
 * rows sent back to be mended.
 */
package vn.householdledger.api.imports;
