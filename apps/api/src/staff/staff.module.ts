import { Global, Module } from '@nestjs/common';
import { ListOfficersController } from './list-officers.controller';
import { StaffDirectory } from './staff-directory';
import { StaffDirectoryInterceptor } from './staff-directory.interceptor';

/** Who works in which unit (from their sign-ins): allocation checks and a unit's officers for managers. */
@Global()
@Module({
  controllers: [ListOfficersController],
  providers: [StaffDirectory, StaffDirectoryInterceptor],
  exports: [StaffDirectory, StaffDirectoryInterceptor],
})
export class StaffModule {}
