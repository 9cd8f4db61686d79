/**
 * The groups' meetings: agendas members add to, minutes and their approval, decisions
 * with review dates and escalation to another group, and the tasks that come out of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "groups", "region", "notifications",
		"search", "time", "rules", "files", "api", "paging" })
package dk.samspil.meetings;
