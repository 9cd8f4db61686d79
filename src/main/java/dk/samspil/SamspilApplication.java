package dk.samspil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamspilApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamspilApplication.class, args);
	}

}
