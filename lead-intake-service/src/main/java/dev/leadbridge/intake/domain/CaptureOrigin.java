package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.LifecycleStage;

/**
 * Who submitted a lead and where it enters the lifecycle: an integration (its API key's name), a website form,
 * or a rep logging a lead met offline, possibly already accepted and owned by them.
 */
public record CaptureOrigin(String integration, String formId, LifecycleStage entryStage, String ownerId) {

    public CaptureOrigin {
        entryStage = entryStage == null ? LifecycleStage.CAPTURED : entryStage;
        if (entryStage.ownedBySales() && ownerId == null) {
            throw new InvalidLeadException("entryStage", "a lead entering at " + entryStage.wire() + " needs an owner");
        }
    }

    public static CaptureOrigin integration(String name) {
        return new CaptureOrigin(name, null, LifecycleStage.CAPTURED, null);
    }

    public static CaptureOrigin form(String formId) {
        return new CaptureOrigin(null, formId, LifecycleStage.CAPTURED, null);
    }
}
