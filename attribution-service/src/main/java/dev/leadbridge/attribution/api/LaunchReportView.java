package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.SharedLaunches;
import dev.leadbridge.attribution.domain.launch.Launch;
import dev.leadbridge.attribution.domain.launch.LaunchFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A launch's report beside the launch before it (absent for the first launch). */
record LaunchReportView(int launchesVersion, Instant asOf, Side launch, Side previous) {

    record Side(Launch launch, Figures figures) {

        static Side of(SharedLaunches.Figures side) {
            return side == null ? null : new Side(side.launch(), Figures.of(side.figures()));
        }
    }

    record Figures(long leads, long mqls, long sals, long opportunities, long won,
                   @Schema(description = "accepted ⁄ decided; absent before sales decided on any lead")
                   BigDecimal acceptanceRate,
                   Map<String, Long> rejectionReasons,
                   @Schema(description = "ISO-8601 duration from the launch day's start to the first SAL; absent "
                           + "before one", example = "PT3H") String timeToFirstSal,
                   @Schema(description = "expected amounts of its opportunities, per currency")
                   Map<String, BigDecimal> pipeline,
                   @Schema(description = "amounts of its deals won, per currency") Map<String, BigDecimal> revenueWon) {

        static Figures of(LaunchFigures figures) {
            return new Figures(figures.leads(), figures.mqls(), figures.sals(), figures.opportunities(),
                    figures.won(), figures.acceptanceRate(),
                    figures.rejectionReasons(),
                    figures.timeToFirstSal() == null ? null : figures.timeToFirstSal().toString(),
                    figures.pipeline(), figures.revenueWon());
        }
    }

    static LaunchReportView of(SharedLaunches.Report report) {
        return new LaunchReportView(report.launchesVersion(), report.asOf(), Side.of(report.launch()),
                Side.of(report.previous()));
    }
}
