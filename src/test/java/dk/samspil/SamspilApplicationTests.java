package dk.samspil;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "samspil.database.ephemeral=true")
class SamspilApplicationTests {

	@Test
	void startsOnTheEmbeddedDatabase() {
	}
}
