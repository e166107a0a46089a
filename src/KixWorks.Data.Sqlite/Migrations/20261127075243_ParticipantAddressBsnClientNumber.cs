using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Participants",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientNumber",
                table: "Participants",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HouseNumber",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseNumberAddition",
                table: "Participants",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Participants",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Participants",
                type: "TEXT",
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
