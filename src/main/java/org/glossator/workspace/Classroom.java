package org.glossator.workspace;

import java.util.List;
import java.util.Optional;
import org.glossator.classroom.ClassroomService;
import org.glossator.classroom.CollectService;
import org.glossator.classroom.HandInService;
import org.glossator.classroom.PackService;
import org.glossator.classroom.ReportService;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.Store;

/** The classroom services (reading packs, hand-in, collect, the teacher's views, reports) over one store. */
public final class Classroom {
    private final PackService packs;
    private final HandInService handIns;
    private final CollectService collect;
    private final ClassroomService views;
    private final ReportService reports;

    public Classroom(Store store, java.time.Clock clock) {
        this.packs = new PackService(store, clock);
        this.handIns = new HandInService(store, clock);
        this.collect = new CollectService(store, clock);
        this.views = new ClassroomService(store);
        this.reports = new ReportService(store, clock);
    }

    public PackService packs() {
        return packs;
    }

    public HandInService handIns() {
        return handIns;
    }

    public CollectService collect() {
        return collect;
    }

    public ClassroomService views() {
        return views;
    }

    public ReportService reports() {
        return reports;
    }

    /** The packs opened into this store, most recent first. */
    public List<PackInfo> openedPacks() {
        return packs.openedPacks().stream().map(Classroom::info).toList();
    }

    public Optional<PackInfo> opened(String packId) {
        return packs.opened(packId).map(Classroom::info);
    }

    private static PackInfo info(StoredPack p) {
        return new PackInfo(p.packId(), p.title(), p.instructions(), p.due(), p.questions(), p.referenceAnnotator(),
                p.revealed(), p.articleIds());
    }
}
