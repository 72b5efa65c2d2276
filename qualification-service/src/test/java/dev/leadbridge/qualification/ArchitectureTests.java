package dev.leadbridge.qualification;

import dev.leadbridge.infrastructure.testing.ArchitectureContract;

class ArchitectureTests extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "dev.leadbridge.qualification";
    }
}
