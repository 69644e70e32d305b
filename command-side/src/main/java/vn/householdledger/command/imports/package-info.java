/**
 * Imports (nhập danh sách): a commune's existing list of households, one row per member (.csv or .xlsx),
 * brought in through the household commands: each household becomes its registration and its last
 * recognised review, sent together in one unit of work that stands whole or not at all. The file is read
 * streaming, twice: once to count its rows and find what the file says twice (a household's rows apart, a
 * national id in two households), then to import household by household on a few threads, under the system
 * identity of the worker who sent it. Progress and results are kept in tables of their own, never in the
 * event store; the refused rows go back as sent, with why.
 */
package vn.householdledger.command.imports;
