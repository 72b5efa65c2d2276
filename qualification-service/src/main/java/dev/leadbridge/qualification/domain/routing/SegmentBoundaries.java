package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Problems;

/**
 * Where the segments begin, in employees: below {@code midMarketFrom} is {@link Segment#SMB}, from
 * {@code enterpriseFrom} on {@link Segment#ENTERPRISE}.
 */
public record SegmentBoundaries(int midMarketFrom, int enterpriseFrom) {

    /** @param companySize employees; 0 when unknown */
    public Segment segmentOf(int companySize) {
        if (companySize <= 0) {
            return Segment.UNKNOWN;
        }
        if (companySize < midMarketFrom) {
            return Segment.SMB;
        }
        return companySize < enterpriseFrom ? Segment.MID_MARKET : Segment.ENTERPRISE;
    }

    void validate(Problems problems) {
        problems.check(1 < midMarketFrom && midMarketFrom < enterpriseFrom,
                "segments: need 1 < midMarketFrom < enterpriseFrom, were %d and %d", midMarketFrom, enterpriseFrom);
    }
}
