package dk.samspil.region;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspilTest
class RegionTest {

	private static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	@Autowired
	Region region;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theMunicipalitiesAreReadOnceAndKept() {
		assertThat(region.municipalities()).hasSize(7).isSameAs(region.municipalities());
		assertThat(region.find(VEJLE)).map(Municipality::name).contains("Vejle");
		assertThat(region.find(new MunicipalityCode("0101"))).isEmpty();
	}

	@Test
	void aRegistrationIsSeenOnceItIsCommittedAndARolledBackOneNever() {
		Municipality vejle = region.find(VEJLE).orElseThrow();
		transaction.executeWithoutResult(status -> {
			region.register(new Municipality(new MunicipalityCode("0101"), "København", 1, null, null, 55.7, 12.6));
			status.setRollbackOnly();
		});
		assertThat(region.find(new MunicipalityCode("0101"))).isEmpty();
		try {
			region.register(renamed(vejle, "Vejle Kommune"));
			assertThat(region.names()).containsEntry(VEJLE, "Vejle Kommune");
		}
		finally {
			region.register(vejle);
		}
		assertThat(region.names()).containsEntry(VEJLE, "Vejle").hasSize(7);
	}

	private static Municipality renamed(Municipality m, String name) {
		return new Municipality(m.code(), name, m.population(), m.populationYear(), m.areaKm2(), m.latitude(),
				m.longitude());
	}

}
