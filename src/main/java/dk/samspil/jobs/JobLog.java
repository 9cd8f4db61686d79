package dk.samspil.jobs;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Says at debug level which job ran, for which due time, and how it ended: with several
 * instances, the logs of all of them together show that each due time of a recurring job
 * ran once in the cluster, not once per instance.
 */
@Component
class JobLog extends AbstractSchedulerListener {

	private static final Logger log = LoggerFactory.getLogger(JobLog.class);

	@Override
	public void onExecutionComplete(ExecutionComplete complete) {
		if (log.isDebugEnabled()) {
			var execution = complete.getExecution();
			log.debug("Job {}/{} due {} ran on {}: {} in {} ms", execution.getTaskName(), execution.getId(),
					execution.getExecutionTime(), execution.pickedBy, complete.getResult(),
					complete.getDuration().toMillis());
		}
	}

}
