using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Intakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Intakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    StepRevisions = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Story = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Background = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Route = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LanguageRequirement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Knm = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DutchLevel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Talents = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Diplomas = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangeTalk = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OutflowWish = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Barriers = table.Column<string>(type: "TEXT", nullable: false),
                    DiscussedCharacteristics = table.Column<string>(type: "TEXT", nullable: false),
                    WorkConsequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rung = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PreferredChannel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactFrequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Intakes_AspNetUsers_CompletedBy",
                        column: x => x.CompletedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intakes_AspNetUsers_StartedBy",
                        column: x => x.StartedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intakes_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intakes_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthLimitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntakeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Limitations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Adjustments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthLimitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthLimitations_Intakes_IntakeId",
                        column: x => x.IntakeId,
                        principalTable: "Intakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HealthLimitations_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthLimitations_IntakeId",
                table: "HealthLimitations",
                column: "IntakeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthLimitations_MunicipalityId_IntakeId",
                table: "HealthLimitations",
                columns: new[] { "MunicipalityId", "IntakeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_CompletedBy",
                table: "Intakes",
                column: "CompletedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_MunicipalityId_ParticipantId_Number",
                table: "Intakes",
                columns: new[] { "MunicipalityId", "ParticipantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_ParticipantId",
                table: "Intakes",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_StartedBy",
                table: "Intakes",
                column: "StartedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthLimitations");

            migrationBuilder.DropTable(
                name: "Intakes");
        }
    }
}
