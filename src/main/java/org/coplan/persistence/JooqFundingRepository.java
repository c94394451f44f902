package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.FUNDING_AMOUNT;
import static org.coplan.persistence.generated.Tables.FUNDING_LINE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.FundingAmount;
import org.coplan.domain.FundingLine;
import org.coplan.domain.FundingSourceKind;
import org.coplan.persistence.generated.tables.records.FundingAmountRecord;
import org.coplan.persistence.generated.tables.records.FundingLineRecord;
import org.coplan.service.port.FundingRepository;

/** Funding lines over {@code funding_line}, yearly amounts in {@code funding_amount}. */
final class JooqFundingRepository extends JooqEntityRepository<FundingLine, FundingLineRecord>
        implements FundingRepository {

    private static final ChildRows<FundingLine, FundingAmountRecord> AMOUNTS = new ChildRows<>("amounts",
            FUNDING_AMOUNT, FUNDING_AMOUNT.FUNDING_LINE_ID, line -> line.amounts().stream()
            .map(a -> new FundingAmountRecord(line.id(), a.year(), a.planned(), a.actual())).toList());

    JooqFundingRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, FUNDING_LINE, FUNDING_LINE.ID, List.of(AMOUNTS));
    }

    @Override
    public List<FundingLine> findByProgramme(UUID programmeId) {
        return findWhere(FUNDING_LINE.PROGRAMME_ID.eq(programmeId));
    }

    @Override
    public List<FundingLine> findByWorkItem(UUID workItemId) {
        return findWhere(FUNDING_LINE.WORK_ITEM_ID.eq(workItemId));
    }

    @Override
    public List<FundingLine> findByWorkItems(Collection<UUID> workItemIds) {
        List<FundingLine> lines = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(workItemIds)) {
            lines.addAll(findWhere(Chunks.in(FUNDING_LINE.WORK_ITEM_ID, chunk)));
        }
        return lines;
    }

    @Override
    protected FundingLineRecord toRecord(FundingLine line) {
        return new FundingLineRecord(line.id(), line.programmeId(), line.workItemId(), line.sourceKind().name(),
                line.sourceStateId(), line.currency(), line.description(), null, null, null);
    }

    @Override
    protected FundingLine toEntity(FundingLineRecord row, LoadedChildren loaded) {
        List<FundingAmount> amounts = loaded.of(AMOUNTS, row.getId()).stream()
                .map(a -> new FundingAmount(a.getFiscalYear(), a.getPlannedAmount(), a.getActualAmount())).toList();
        return new FundingLine(row.getId(), row.getProgrammeId(), row.getWorkItemId(),
                FundingSourceKind.valueOf(row.getSourceKind()), row.getSourceStateId(), row.getCurrency(),
                row.getDescription(), amounts);
    }
}
