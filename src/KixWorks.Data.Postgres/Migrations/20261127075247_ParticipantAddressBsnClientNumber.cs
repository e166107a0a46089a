using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantAddressBsnClientNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Bsn",
                table: "Participants",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Participants",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientNumber",
                table: "Participants",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HouseNumber",
                table: "Participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseNumberAddition",
                table: "Participants",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Participants",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Participants",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participants_MunicipalityId_Bsn",
                table: "Participants",
                columns: new[] { "MunicipalityId", "Bsn" },
                unique: true,
                filter: "\"Bsn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_MunicipalityId_ClientNumber",
                table: "Participants",
                columns: new[] { "MunicipalityId", "ClientNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_MunicipalityId_Bsn",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_MunicipalityId_ClientNumber",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Bsn",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "City",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ClientNumber",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HouseNumber",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HouseNumberAddition",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Street",
                table: "Participants");
        }
    }
}
