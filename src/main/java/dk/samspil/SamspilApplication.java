package dk.samspil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class SamspilApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamspilApplication.class, args);
	}

}
