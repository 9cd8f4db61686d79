/**
 * Public consultations on any document: periods, responses without an account, receipts,
 * processing, and the consultation memo.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "region", "notifications", "groups",
		"time", "rules", "files", "search", "api", "paging", "kept" })
package dk.samspil.consultations;
