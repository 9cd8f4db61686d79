package dk.samspil.jobs;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Starts db-scheduler after Boot 4's DataSource configuration. The starter orders itself
 * after Boot 3's {@code DataSourceAutoConfiguration}, which Boot 4 moved; with Boot's own
 * DataSource (an external database, that is production) it then finds no DataSource,
 * creates no scheduler and says nothing. Its own auto-configuration is excluded in
 * application.properties and imported here, in the right order, instead.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Import(DbSchedulerAutoConfiguration.class)
public class JobsAutoConfiguration {

}
