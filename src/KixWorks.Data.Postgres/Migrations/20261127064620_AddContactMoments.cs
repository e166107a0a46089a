using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddContactMoments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConsultantId",
                table: "Participants",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactMoments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultantId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactMoments_AspNetUsers_ConsultantId",
                        column: x => x.ConsultantId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ConsultantId",
                table: "Participants",
                column: "ConsultantId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_MunicipalityId_ConsultantId",
                table: "Participants",
                columns: new[] { "MunicipalityId", "ConsultantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_ConsultantId",
                table: "ContactMoments",
                column: "ConsultantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_MunicipalityId_ParticipantId_On",
                table: "ContactMoments",
                columns: new[] { "MunicipalityId", "ParticipantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_ParticipantId",
                table: "ContactMoments",
                column: "ParticipantId");

            migrationBuilder.AddForeignKey(
                name: "FK_Participants_AspNetUsers_ConsultantId",
                table: "Participants",
                column: "ConsultantId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Participants_AspNetUsers_ConsultantId",
                table: "Participants");

            migrationBuilder.DropTable(
                name: "ContactMoments");

            migrationBuilder.DropIndex(
                name: "IX_Participants_ConsultantId",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_MunicipalityId_ConsultantId",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ConsultantId",
                table: "Participants");
        }
    }
}
