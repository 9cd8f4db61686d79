package dk.samspil;

import dk.samspil.database.Backup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamspilApplication {

	/**
	 * Runs the application, or with {@code backup} or {@code restore} first backs up or
	 * restores the embedded database without starting anything else.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			Backup.main(args);
			return;
		}
		SpringApplication.run(SamspilApplication.class, args);
	}

}
