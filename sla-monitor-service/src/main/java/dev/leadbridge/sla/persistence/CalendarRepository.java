package dev.leadbridge.sla.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarEntity, String> {

    public Uni<List<String>> ids() {
        return find("select c.id from CalendarEntity c").project(String.class).list();
    }
}
