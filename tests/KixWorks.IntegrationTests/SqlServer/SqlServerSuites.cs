using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.IntegrationTests.Participants;
using KixWorks.IntegrationTests.Tenancy;

namespace KixWorks.IntegrationTests.SqlServer;

// The tenancy suites on a real SQL Server. This folder is compiled only when KIXWORKS_TEST_SQLSERVER is set (see the
// csproj): without a server these classes do not exist, so nothing is collected and nothing is skipped (ADR 0010).

public sealed class SqlServerTenantIsolationTests(SqlServerKixWorksFactory factory) : TenantIsolationTests<SqlServerKixWorksFactory>(factory)
{
    [Fact] public Task Details_of_another_gemeentes_participant_is_not_found() => Details_of_another_gemeentes_participant_is_not_found_core();
    [Fact] public Task Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing() => Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing_core();
    [Fact] public Task Lists_and_searches_never_show_another_gemeentes_rows() => Lists_and_searches_never_show_another_gemeentes_rows_core();
    [Fact] public Task A_forged_MunicipalityId_in_a_form_changes_nothing() => A_forged_MunicipalityId_in_a_form_changes_nothing_core();
    [Fact] public Task Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed() => Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed_core();
}

public sealed class SqlServerTenantModelTests(SqlServerKixWorksFactory factory) : TenantModelTests<SqlServerKixWorksFactory>(factory)
{
    [Fact] public Task A_stub_entity_cannot_delete_another_gemeentes_row() => A_stub_entity_cannot_delete_another_gemeentes_row_core();
    [Fact] public Task A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back() => A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back_core();
    [Fact] public Task Subqueries_and_navigations_are_filtered_too() => Subqueries_and_navigations_are_filtered_too_core();
    [Fact] public Task Without_an_active_gemeente_nothing_is_read_or_written() => Without_an_active_gemeente_nothing_is_read_or_written_core();
    [Fact] public Task Writing_a_row_for_another_gemeente_throws() => Writing_a_row_for_another_gemeente_throws_core();
    [Fact] public Task Unique_names_are_unique_per_gemeente_not_across() => Unique_names_are_unique_per_gemeente_not_across_core();
}

public sealed class SqlServerCrossMunicipalityChildTests() : CrossMunicipalityChildTests(DatabaseProvider.SqlServer)
{
    [Fact] public Task Every_child_table_refuses_a_parent_of_another_gemeente() => Every_child_table_refuses_a_parent_of_another_gemeente_core();
    [Fact] public Task A_goal_for_another_gemeentes_participant_is_refused() => A_goal_for_another_gemeentes_participant_is_refused_core();
}

public sealed class SqlServerBsnIndexTests(SqlServerKixWorksFactory factory) : BsnIndexTests<SqlServerKixWorksFactory>(factory)
{
    [Fact] public Task A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide() => A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide_core();
}

public sealed class SqlServerUniqueViolationTests() : KixWorks.IntegrationTests.Data.UniqueViolationTests(DatabaseProvider.SqlServer)
{
    [Fact] public Task A_duplicate_is_a_unique_violation_on_its_own_index() => A_duplicate_is_a_unique_violation_on_its_own_index_core();
    [Fact] public Task A_foreign_key_refusal_is_not_a_unique_violation() => A_foreign_key_refusal_is_not_a_unique_violation_core();
}
