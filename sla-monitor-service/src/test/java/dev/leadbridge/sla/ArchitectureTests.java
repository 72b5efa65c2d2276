package dev.leadbridge.sla;

import dev.leadbridge.infrastructure.testing.ArchitectureContract;

class ArchitectureTests extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "dev.leadbridge.sla";
    }
}
