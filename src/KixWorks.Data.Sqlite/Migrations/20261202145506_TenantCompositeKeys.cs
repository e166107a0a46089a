using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TenantCompositeKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite checks a foreign key's parent columns when the child table is rebuilt, and the parents'
            // (MunicipalityId, Id) keys arrive only with their own rebuild below: bridge with plain unique
            // indexes. All three parents are rebuilt, and a rebuilt table leaves its old indexes behind.
            foreach (var parent in ParentTables)
                migrationBuilder.Sql($"CREATE UNIQUE INDEX \"IX_{parent}_MunicipalityId_Id_bridge\" ON \"{parent}\" (\"MunicipalityId\", \"Id\");");

            migrationBuilder.DropForeignKey(
                name: "FK_Consents_Participants_ParticipantId",
                table: "Consents");

            migrationBuilder.DropForeignKey(
                name: "FK_ContactMoments_Participants_ParticipantId",
                table: "ContactMoments");

            migrationBuilder.DropForeignKey(
                name: "FK_FileViews_Participants_ParticipantId",
                table: "FileViews");

            migrationBuilder.DropForeignKey(
                name: "FK_Goals_Participants_ParticipantId",
                table: "Goals");

            migrationBuilder.DropForeignKey(
                name: "FK_HealthLimitations_Intakes_IntakeId",
                table: "HealthLimitations");

            migrationBuilder.DropForeignKey(
                name: "FK_Intakes_Participants_ParticipantId",
                table: "Intakes");

            migrationBuilder.DropForeignKey(
                name: "FK_PhaseMoves_Trajectories_TrajectoryId",
                table: "PhaseMoves");

            migrationBuilder.DropForeignKey(
                name: "FK_Trajectories_Participants_ParticipantId",
                table: "Trajectories");

            migrationBuilder.DropIndex(
                name: "IX_Trajectories_ParticipantId",
                table: "Trajectories");

            migrationBuilder.DropIndex(
                name: "IX_PhaseMoves_TrajectoryId",
                table: "PhaseMoves");

            migrationBuilder.DropIndex(
                name: "IX_Intakes_ParticipantId",
                table: "Intakes");

            migrationBuilder.DropIndex(
                name: "IX_HealthLimitations_IntakeId",
                table: "HealthLimitations");

            migrationBuilder.DropIndex(
                name: "IX_Goals_ParticipantId",
                table: "Goals");

            migrationBuilder.DropIndex(
                name: "IX_FileViews_ParticipantId",
                table: "FileViews");

            migrationBuilder.DropIndex(
                name: "IX_ContactMoments_ParticipantId",
                table: "ContactMoments");

            migrationBuilder.DropIndex(
                name: "IX_Consents_ParticipantId",
                table: "Consents");

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Trajectories_MunicipalityId_Id",
                table: "Trajectories",
                columns: new[] { "MunicipalityId", "Id" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Participants_MunicipalityId_Id",
                table: "Participants",
                columns: new[] { "MunicipalityId", "Id" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Intakes_MunicipalityId_Id",
                table: "Intakes",
                columns: new[] { "MunicipalityId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Consents_Participants_MunicipalityId_ParticipantId",
                table: "Consents",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactMoments_Participants_MunicipalityId_ParticipantId",
                table: "ContactMoments",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_FileViews_Participants_MunicipalityId_ParticipantId",
                table: "FileViews",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Goals_Participants_MunicipalityId_ParticipantId",
                table: "Goals",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_HealthLimitations_Intakes_MunicipalityId_IntakeId",
                table: "HealthLimitations",
                columns: new[] { "MunicipalityId", "IntakeId" },
                principalTable: "Intakes",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Intakes_Participants_MunicipalityId_ParticipantId",
                table: "Intakes",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PhaseMoves_Trajectories_MunicipalityId_TrajectoryId",
                table: "PhaseMoves",
                columns: new[] { "MunicipalityId", "TrajectoryId" },
                principalTable: "Trajectories",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Trajectories_Participants_MunicipalityId_ParticipantId",
                table: "Trajectories",
                columns: new[] { "MunicipalityId", "ParticipantId" },
                principalTable: "Participants",
                principalColumns: new[] { "MunicipalityId", "Id" },
                onDelete: ReferentialAction.Cascade);
        }

        private static readonly string[] ParentTables = ["Participants", "Trajectories", "Intakes"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Consents_Participants_MunicipalityId_ParticipantId",
                table: "Consents");

            migrationBuilder.DropForeignKey(
                name: "FK_ContactMoments_Participants_MunicipalityId_ParticipantId",
                table: "ContactMoments");

            migrationBuilder.DropForeignKey(
                name: "FK_FileViews_Participants_MunicipalityId_ParticipantId",
                table: "FileViews");

            migrationBuilder.DropForeignKey(
                name: "FK_Goals_Participants_MunicipalityId_ParticipantId",
                table: "Goals");

            migrationBuilder.DropForeignKey(
                name: "FK_HealthLimitations_Intakes_MunicipalityId_IntakeId",
                table: "HealthLimitations");

            migrationBuilder.DropForeignKey(
                name: "FK_Intakes_Participants_MunicipalityId_ParticipantId",
                table: "Intakes");

            migrationBuilder.DropForeignKey(
                name: "FK_PhaseMoves_Trajectories_MunicipalityId_TrajectoryId",
                table: "PhaseMoves");

            migrationBuilder.DropForeignKey(
                name: "FK_Trajectories_Participants_MunicipalityId_ParticipantId",
                table: "Trajectories");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Trajectories_MunicipalityId_Id",
                table: "Trajectories");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Participants_MunicipalityId_Id",
                table: "Participants");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Intakes_MunicipalityId_Id",
                table: "Intakes");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_ParticipantId",
                table: "Trajectories",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMoves_TrajectoryId",
                table: "PhaseMoves",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_ParticipantId",
                table: "Intakes",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_HealthLimitations_IntakeId",
                table: "HealthLimitations",
                column: "IntakeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ParticipantId",
                table: "Goals",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_FileViews_ParticipantId",
                table: "FileViews",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_ParticipantId",
                table: "ContactMoments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_ParticipantId",
                table: "Consents",
                column: "ParticipantId");

            migrationBuilder.AddForeignKey(
                name: "FK_Consents_Participants_ParticipantId",
                table: "Consents",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactMoments_Participants_ParticipantId",
                table: "ContactMoments",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_FileViews_Participants_ParticipantId",
                table: "FileViews",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Goals_Participants_ParticipantId",
                table: "Goals",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_HealthLimitations_Intakes_IntakeId",
                table: "HealthLimitations",
                column: "IntakeId",
                principalTable: "Intakes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Intakes_Participants_ParticipantId",
                table: "Intakes",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PhaseMoves_Trajectories_TrajectoryId",
                table: "PhaseMoves",
                column: "TrajectoryId",
                principalTable: "Trajectories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Trajectories_Participants_ParticipantId",
                table: "Trajectories",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
