package vn.health.contracts.directory;

import vn.health.contracts.IntegrationEvent;

/** Events of plan-service about the unit directory, on the compacted {@code directory.units.v1}. */
public sealed interface DirectoryEvent extends IntegrationEvent permits UnitUpserted, UnitsMerged {

}
